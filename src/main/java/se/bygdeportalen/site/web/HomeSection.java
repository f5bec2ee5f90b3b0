package se.bygdeportalen.site.web;

import java.util.List;
import se.bygdeportalen.platform.manifest.HomeTeaser;

/** A module's teaser on the start page with the items it shows now. */
public record HomeSection(HomeTeaser teaser, List<HomeTeaser.Item> items) {}
