/**
 * The municipality's digital notice board (anslagstavla): notices of meetings, approved minutes that
 * start the three weeks to appeal, and other notices. Other modules post through
 * {@link se.bygdeportalen.noticeboard.NoticeBoard}; notices leave the board by themselves when their period ends.
 */
@NullMarked
package se.bygdeportalen.noticeboard;

import org.jspecify.annotations.NullMarked;
