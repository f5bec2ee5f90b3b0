/**
 * The shared core every capability builds on. Each sub-package is an application module of its own
 * (see {@code se.bygdeportalen.ModuleDetection} and ADR 0016): a small kernel (languages, security
 * primitives, the use-case contract, validation, the manifest and the web layer) and closed modules
 * for identity, audit, mail, files and the other shared services. None depends on a capability.
 */
@NullMarked
package se.bygdeportalen.platform;

import org.jspecify.annotations.NullMarked;
