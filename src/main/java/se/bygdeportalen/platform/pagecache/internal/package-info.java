/** The page cache's filter, store and settings; see the module's package documentation. */
@NullMarked
package se.bygdeportalen.platform.pagecache.internal;

import org.jspecify.annotations.NullMarked;
