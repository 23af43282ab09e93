import { useId } from 'react'
import { LEVELS } from '@secctx/engine'
import { LEVEL_LABELS } from '../../components/LevelBadge'
import { selectTargetLevel, selectVersion } from '../../store/selectors'
import { useAppStore } from '../../store/useAppStore'
import { POLICY_VERSIONS } from '../../store/versions'

/** The policy version and the level the namespace enforces: the two inputs besides the manifest. */
export function PolicyControls() {
  const version = useAppStore(selectVersion)
  const level = useAppStore(selectTargetLevel)
  const setVersion = useAppStore((state) => state.setVersion)
  const setLevel = useAppStore((state) => state.setLevel)
  const versionId = useId()
  const listed = POLICY_VERSIONS.includes(version)

  return (
    <div className="policy-controls">
      <div className="field">
        <label htmlFor={versionId}>Policy version</label>
        <select id={versionId} value={version} onChange={(event) => setVersion(event.target.value)}>
          {!listed && <option value={version}>{version}</option>}
          {POLICY_VERSIONS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="segmented">
        <legend>Namespace enforces</legend>
        {LEVELS.map((option) => (
          <label key={option} className="segmented__option" data-level={option}>
            <input type="radio" name="target-level" value={option} checked={level === option} onChange={() => setLevel(option)} />
            <span>{LEVEL_LABELS[option]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
