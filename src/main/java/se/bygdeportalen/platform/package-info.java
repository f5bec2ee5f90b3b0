/**
 * The shared core every capability builds on: languages and translatable text, the page layout,
 * security and identity, the audit log, shared services (mail outbox, file storage, rate limits)
 * and the module manifest. It depends on no capability module; capabilities depend on it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.bygdeportalen.platform;
