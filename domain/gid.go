package domain

import (
	"crypto/rand"
	"encoding/hex"
)

// A GID is a goal's or a task's global id: 32 lower-case hex digits drawn
// at random, so two devices never make the same one. The short numeric id
// stays the local handle the command line uses; the GID is what sync and
// the export (version 3 on) use to say "the same record".

// GIDLength is the length of a GID in characters.
const GIDLength = 32

// NewGID draws a new global id.
func NewGID() string {
	var b [GIDLength / 2]byte
	rand.Read(b[:]) // never fails (crypto/rand, Go 1.24 on)
	return hex.EncodeToString(b[:])
}

// ValidGID reports whether s has the form NewGID gives.
func ValidGID(s string) bool { return isLowerHex(s, GIDLength) }

// isLowerHex reports whether s is n lower-case hex digits.
func isLowerHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
