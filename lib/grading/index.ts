export * from './grade'
export * from './normalize'
export * from './submission'
