/** Workshop data: playlists of steps, each with a goal the engine's report can confirm. */
import type { Level } from '@secctx/engine'

/** A goal the report can confirm: the object meets a level, or no longer fails some checks. */
export interface Goal {
  /** Which object of the report; defaults to 0. */
  object?: number
  /** The policy version the goal is judged at; defaults to `latest`. */
  version?: string
  /** The object's highest level must be at least this. */
  meets?: Level
  /** None of these check ids may fail, at either level. */
  clears?: readonly string[]
}

/** One text edit, applied where `find` occurs exactly once. */
export interface Edit {
  find: string
  replace: string
}

/** A step as written: what changes before it, what to achieve, and a model answer. */
export interface StepSource {
  title: string
  /** The task, shown to the audience. */
  task: string
  goal: Goal
  /** The goal in plain words, as the audience reads it: "Remove hostNetwork, so …". */
  goalText: string
  /** Edits that set the scene (a sidecar appears...) on top of the previous step's answer. */
  introduce?: readonly Edit[]
  /** The model answer, as edits to the step's manifest. */
  answer: readonly Edit[]
}

/** A step ready to open: its manifest, the manifest after the model answer, and where the answer starts. */
export interface PlaylistStep extends Omit<StepSource, 'introduce' | 'answer'> {
  manifest: string
  solution: string
  /** The line (from 1) of the manifest the step is about: where its model answer's first edit starts. */
  line: number
}

/** An ordered set of steps that tell one story. */
export interface Playlist {
  /** Kebab-case; appears in links. */
  id: string
  title: string
  description: string
  steps: readonly PlaylistStep[]
}
