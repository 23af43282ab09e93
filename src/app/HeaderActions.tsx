import { DraftHistoryMenu } from '../drafts/DraftHistoryMenu'
import { Gallery } from '../examples/Gallery'
import { CopyLinkButton } from '../share/CopyLinkButton'
import { PresenterToggle } from '../workshop/PresenterToggle'
import { WorkshopMenu } from '../workshop/WorkshopMenu'

/**
 * Slot for feature buttons in the header (share link, examples gallery, workshop); features add
 * their components here so the header layout stays in one place.
 */
export function HeaderActions() {
  return (
    <>
      <CopyLinkButton />
      <Gallery />
      <WorkshopMenu />
      <DraftHistoryMenu />
      <PresenterToggle />
    </>
  )
}
