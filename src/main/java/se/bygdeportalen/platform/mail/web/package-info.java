@NullMarked
package se.bygdeportalen.platform.mail.web;

import org.jspecify.annotations.NullMarked;
