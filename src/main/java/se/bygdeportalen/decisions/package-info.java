/**
 * Open decision-making: meetings of the political bodies with their agendas and documents, the
 * notice of meeting and the approval of the minutes on the notice board (with the Local Government
 * Act's time limits as warnings a registrar must consciously override), decisions with their
 * gender-equality, public-health and child impact assessments, public pages, calendars and open data.
 */
@NullMarked
package se.bygdeportalen.decisions;

import org.jspecify.annotations.NullMarked;
