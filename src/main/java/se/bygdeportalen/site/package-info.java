/**
 * The public site's own pages: the start page, contact, personal data and cookies, and the
 * accessibility statement required by the DOS law, which communicators keep up to date.
 */
@NullMarked
package se.bygdeportalen.site;

import org.jspecify.annotations.NullMarked;
