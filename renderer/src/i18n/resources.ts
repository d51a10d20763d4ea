import type { ptBR as campaigns } from '../features/campaigns/messages'
import type { ptBR as clean } from '../features/clean/messages'
import type { ptBR as drafts } from '../features/drafts/messages'
import type { ptBR as launch } from '../features/launch/messages'
import type { ptBR as map } from '../features/map/messages'
import type { ptBR as schedule } from '../features/schedule/messages'
import type { ptBR as accountSetup } from '../features/settings/messages'
import type { ptBR as simulation } from '../features/simulation/messages'
import type { ptBR as welcome } from '../features/welcome/messages'
import type { Messages } from './locales/pt-BR'

/**
 * The texts each feature adds under its own top-level key (features/<step>/messages.ts, through
 * addFeatureMessages), typed by their pt-BR source.
 */
export interface FeatureMessages {
  accountSetup: typeof accountSetup
  campaigns: typeof campaigns
  clean: typeof clean
  /** features/settings/DiagnosticsButton.tsx adds these inline. */
  drafts: typeof drafts
  diagnostics: Record<'title' | 'help' | 'copy' | 'copying' | 'copied' | 'failed', string>
  launch: typeof launch
  map: typeof map
  schedule: typeof schedule
  simulation: typeof simulation
  welcome: typeof welcome
}

/** Every key of the app, typed from pt-BR (the reference language). */
export type Resources = Messages & FeatureMessages

/** The keys of one feature's section: `SectionKey<'accountSetup', 'problems'>` = 'required' | … */
export type SectionKey<
  F extends keyof FeatureMessages,
  S extends keyof FeatureMessages[F]
> = Extract<keyof FeatureMessages[F][S], string>

/**
 * i18next's key typing: `t('a.key.that.does.not.exist')` fails the typecheck
 * (test/unit/foundation/i18nKeys.test.ts proves it).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Resources }
  }
}
