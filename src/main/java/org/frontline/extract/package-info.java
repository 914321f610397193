/**
 * Claim extraction: from an article's text to the territorial claims it makes.
 *
 * <p>The flow of one {@link org.frontline.extract.Extractor#extract} call:
 * <ol>
 *   <li>language: given, or told by {@link org.frontline.extract.LanguageIdentifier} (script,
 *       function words, then Lingua); a language without rules yields mentions only, with a note;</li>
 *   <li>sentences and paragraphs ({@link org.frontline.extract.SentenceSplitter}, ICU);</li>
 *   <li>place names from the {@link org.frontline.extract.PlaceLookup} port (the gazetteer through
 *       {@link org.frontline.extract.GazetteerPlaceLookup}, or a {@link org.frontline.extract.TablePlaceLookup}),
 *       plus unknown capitalised names in claim positions and anaphors ("the city");</li>
 *   <li>the role of each name from the cues around it ({@link org.frontline.extract.MentionRoles});</li>
 *   <li>for each possible claim place, the trigger that governs it ({@link org.frontline.extract.ClaimLinker}),
 *       then side, claimant, status, event date and confidence ({@link org.frontline.extract.ClaimBuilder}).</li>
 * </ol>
 *
 * <p>Every word the package recognises lives in the rule files
 * {@code src/main/resources/org/frontline/extract/rules/<lang>.yaml}; the README there explains
 * their syntax. The code is language-neutral. No class here touches the store or the user interface.
 */
package org.frontline.extract;
