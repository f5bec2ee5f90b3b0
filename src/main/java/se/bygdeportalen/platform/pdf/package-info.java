/**
 * Tagged, accessible PDF documents (PDF/UA) from simple XHTML, with an embedded free font (DejaVu
 * Sans), for receipts and other documents modules hand to people.
 */
@NullMarked
package se.bygdeportalen.platform.pdf;

import org.jspecify.annotations.NullMarked;
