/**
 * Export: snapshot images (PNG, SVG), date series (numbered frames and an animated GIF) and data
 * (GeoJSON, CSV, GeoPackage) of what the viewer shows. Every picture goes through
 * {@link org.frontline.workspace.Workspace#sceneFor} and the one {@link org.frontline.render.MapRenderer},
 * so that an export is the viewer's picture. No JavaFX here: the viewer calls these classes from a
 * background thread with a {@link org.frontline.export.ProgressListener} and a
 * {@link org.frontline.export.Cancellation}; the command line calls them headless.
 */
package org.frontline.export;
