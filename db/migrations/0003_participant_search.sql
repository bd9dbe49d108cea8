-- Quick search: a contentless FTS5 trigram index over normalised names, national ids and
-- phone digits (rowid = participants.id). Text is normalised in the app (niqqud, geresh,
-- maqaf, final letters) before it is indexed or queried, because unicode61/trigram would
-- otherwise split or miss Hebrew forms. It lives inside the encrypted database.
CREATE VIRTUAL TABLE `participant_search` USING fts5(`names`, `digits`, tokenize = 'trigram', content = '', contentless_delete = 1);
