/**
 * Slot for feature buttons in the header (share link, examples gallery, workshop). Empty for
 * now; features add their components here so the header layout stays in one place.
 */
export function HeaderActions() {
  return null
}
