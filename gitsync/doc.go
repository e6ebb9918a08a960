// Package gitsync syncs a coach database through a git remote the user
// already has, with the user's own git command: their SSH keys, credential
// helpers and configuration apply, and no git library is linked in.
//
// The repository is a cache of the remote, kept beside the database
// (coach.db.sync/). It holds segment files (package syncop), each device
// writing only under devices/<its id>/, so git never merges text. A sync
// is the cycle of Taskwarrior's git backend: fetch, reset to what was
// fetched, apply the others' new segments and put this device's changes in
// a segment (one database transaction), write it, commit, push; a push
// refused because another device pushed first goes round again.
package gitsync
