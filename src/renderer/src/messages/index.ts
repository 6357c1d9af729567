/** All user-visible words, gathered per view so each view bundles only what it shows. */
export * from './common'
export * from './popover'
export * from './ritual'
export * from './month'
export * from './settings'
