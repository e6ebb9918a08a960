// Package syncop is the language devices speak through the sync
// repository: change records (ops) stamped by a hybrid logical clock, and
// the segment files that carry them. It is pure: no files, no git, no
// database; the store applies ops and the gitsync package moves segments.
//
// An op sets some fields of one record to new values at one moment. Every
// field keeps the stamp of the op that set it last, and a field takes an
// op's value only when the op's stamp is later: the merge is the same on
// every device whatever order the ops arrive in, and applying an op twice
// changes nothing. Deletion is a field too ("deleted"), so a delete and an
// edit of one record are ordered like any two edits.
package syncop
