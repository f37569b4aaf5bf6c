# Descriptions for module symbols whose doc comments have only Returns:.
# Usage: module_docs.py ROOT  (edits ROOT/plugin/*.c in place)
import re, sys, glob, os
docs = {
 "redaksi_entity_get_canonical": "Gets the full name of who or what the mention refers to: the name\n * at its first introduction, or the gazetteer's name.",
 "redaksi_entity_get_entity_type": "Gets whether the mention is a person, an organisation, a place, an\n * event or something else.",
 "redaksi_entity_get_id": "Gets the gazetteer's identifier of the entity, when it is known.",
 "redaksi_entity_get_range": "Gets where the mention is in the input.",
 "redaksi_entity_get_role": "Gets the role the article gives the person, such as a title or office.",
 "redaksi_entity_get_text": "Gets the mention exactly as the article writes it.",
 "redaksi_entity_type_from_string": "Parses a type name of the JSON results.",
 "redaksi_entity_type_to_string": "Gets the name the JSON results use for a type.",
 "redaksi_gazetteer_get_n_entries": "Counts the names the gazetteer knows.",
 "redaksi_link_cleaner_new": "Creates a related-link cleaner. Most programs share the one from\n * redaksi_link_cleaner_get_default() instead.",
 "redaksi_link_cleaner_get_default": "Gets the process-wide related-link cleaner; it may be used from many\n * threads at once.",
 "redaksi_link_cleaner_clean_finish": "Finishes redaksi_link_cleaner_clean_async(); call it from the callback.",
 "redaksi_quote_get_cue": "Gets the attribution verb, such as `kata` or `ujar`, as written.",
 "redaksi_quote_get_differences": "Gets how the quote differs from the closest passage of the source.",
 "redaksi_quote_get_parts": "Gets the quoted stretches of text that make up the quote.",
 "redaksi_quote_get_range": "Gets where the quote is in the input.",
 "redaksi_quote_get_similarity": "Gets how close the quote is to the closest passage of the source.",
 "redaksi_quote_get_source_status": "Gets the verdict of the comparison with the source.",
 "redaksi_quote_get_speaker": "Gets the full name of who said the quote, when it can be told.",
 "redaksi_quote_get_speaker_text": "Gets the words of the article that name the speaker.",
 "redaksi_quote_get_text": "Gets the quoted words.",
 "redaksi_quote_checker_new": "Creates a quote checker.",
 "redaksi_quote_checker_check_finish": "Finishes redaksi_quote_checker_check_async(); call it from the callback.",
 "redaksi_quote_difference_new": "Creates a difference between a quote and its source.",
 "redaksi_quote_difference_get_quote": "Gets the quote's side of the difference.",
 "redaksi_quote_difference_get_source": "Gets the source's side of the difference.",
 "redaksi_quote_difference_ref": "Takes a reference to the difference.",
 "redaksi_related_link_get_marker": "Gets the words that announce the insert, such as `Baca Juga`.",
 "redaksi_related_link_get_range": "Gets where the insert is in the input; removing these bytes removes it.",
 "redaksi_related_link_get_titles": "Gets the titles of the articles the insert links to.",
 "redaksi_related_link_get_urls": "Gets the addresses of the articles the insert links to.",
 "redaksi_tag_get_entity_type": "Gets whether the tag names a person, an organisation, a place, an\n * event or something else.",
 "redaksi_tag_get_id": "Gets the gazetteer's identifier of the entity, when it is known.",
 "redaksi_tag_get_mentions": "Counts the article's mentions of the entity.",
 "redaksi_tag_get_name": "Gets the tag's display name.",
 "redaksi_tag_get_role": "Gets the role the article gives the person, such as a title or office.",
 "redaksi_tag_get_salience": "Gets how central the entity is to the article; tags are listed by it.",
 "redaksi_tagger_get_gazetteer": "Gets the gazetteer the tagger looks names up in.",
}
root = sys.argv[1]
done = set()
for path in glob.glob(os.path.join(root, "plugin", "*.c")):
    s = open(path, encoding="utf-8").read()
    orig = s
    for sym, desc in docs.items():
        m = re.search(r"/\*\*\n \* %s:\n((?: \*.*\n)*?) \*/\n" % re.escape(sym), s)
        if not m:
            continue
        block = m.group(1)
        body = [l for l in block.splitlines() if not l.startswith(" * @") and l.strip() not in ("*",) and not l.startswith(" *   ")]
        if any(not l.startswith(" * Returns:") for l in body):
            done.add(sym)
            continue  # has a description already
        if "Returns:" in block:
            new_block = block.replace(" * Returns:", " * %s\n *\n * Returns:" % desc, 1)
        else:
            new_block = block + " *\n * %s\n" % desc
        s = s[:m.start(1)] + new_block + s[m.end(1):]
        done.add(sym)
    if s != orig:
        open(path, "w", encoding="utf-8").write(s)
print("not found:", sorted(set(docs) - done), file=sys.stderr)

# The gazetteer's error quark has no comment at all.
path = os.path.join(root, "plugin", "redaksi-gazetteer.c")
if os.path.exists(path):
    s = open(path, encoding="utf-8").read()
    line = "G_DEFINE_QUARK (redaksi-gazetteer-error-quark, redaksi_gazetteer_error)"
    if line in s and "* redaksi_gazetteer_error_quark:" not in s:
        s = s.replace(line, """/**
 * redaksi_gazetteer_error_quark:
 *
 * Gets the error domain of gazetteer files, %REDAKSI_GAZETTEER_ERROR.
 *
 * Returns: the quark of the error domain
 */
""" + line)
        open(path, "w", encoding="utf-8").write(s)
