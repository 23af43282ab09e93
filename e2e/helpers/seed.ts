/** The app's start-up example, so specs can edit it with plain string replacements. */
export { SEED_MANIFEST as SEED } from '../../src/app/seedManifest'
