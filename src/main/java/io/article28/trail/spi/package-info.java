/**
 * What other modules may plug into the trail: the retention term, which the DPA defines.
 */
@NamedInterface("spi")
package io.article28.trail.spi;

import org.springframework.modulith.NamedInterface;
