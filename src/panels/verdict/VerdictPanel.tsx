import { KubectlMessage } from './KubectlMessage'
import { MakeLevel } from './MakeLevel'
import { NamespaceLabels } from './NamespaceLabels'
import { OutOfDate } from './OutOfDate'
import { PolicyControls } from './PolicyControls'
import { TargetResult } from './TargetResult'
import { VerdictSummary } from './VerdictSummary'
import { VersionMatrix } from './VersionMatrix'
import { ViolationList } from './ViolationList'
import { WhatIfBanner, WhatIfSwitches } from './WhatIf'
import { WillItRun } from './WillItRun'
import { useAppStore } from '../../store/useAppStore'
import { selectActiveWhatIf } from '../../store/whatIfSelectors'

/** Pod Security Standards verdict of the selected object, the policy inputs, and what to do about it. */
export function VerdictPanel() {
  const whatIf = useAppStore((state) => selectActiveWhatIf(state) !== null)
  return (
    <section className={`panel verdict-panel${whatIf ? ' verdict-panel--what-if' : ''}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" className="panel__title">
        Pod Security verdict
      </h2>
      <OutOfDate />
      <WhatIfSwitches />
      <WhatIfBanner />
      <div className="verdict-panel__top">
        <VerdictSummary />
        <div className="verdict-panel__inputs">
          <PolicyControls />
          <TargetResult />
        </div>
      </div>
      <WillItRun />
      <VersionMatrix />
      <MakeLevel />
      <ViolationList />
      <KubectlMessage />
      <NamespaceLabels />
    </section>
  )
}
