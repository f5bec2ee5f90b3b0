package se.bygdeportalen.platform.pagecache;

/**
 * The rendered anonymous pages this instance keeps. A module needs it only for a change to public
 * content that no read-write {@code @Transactional} method of the application commits (those clear
 * the cache by themselves).
 */
public interface PageCache {

    /** Forgets every kept page; the next anonymous request for each renders it again. */
    void clear();
}
