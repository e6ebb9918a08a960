package store

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// PutReflection writes the reflection of r.Date, replacing an earlier one,
// and returns that earlier one (nil if none), read in the same transaction
// so that an undo puts back exactly what was replaced.
func (s *Store) PutReflection(r domain.Reflection) (prev *domain.Reflection, err error) {
	if r, err = domain.CleanReflection(r); err != nil {
		return nil, err
	}
	err = s.update(func(tx *bolt.Tx) error {
		var old domain.Reflection
		found, err := getJSON(tx, bReflections, dayKey(r.Date), &old)
		if err != nil {
			return err
		}
		if found {
			prev = &old
		}
		return putReflection(tx, r)
	})
	return prev, err
}

// Reflection returns the reflection of day d; found is false when there is none.
func (s *Store) Reflection(d domain.Date) (r domain.Reflection, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		found, err = getJSON(tx, bReflections, dayKey(d), &r)
		return err
	})
	return r, found, err
}

// Reflections returns the reflections from `from` to `to`, both included,
// by date; a damaged one is skipped and reported.
func (s *Store) Reflections(from, to domain.Date) (rs []domain.Reflection, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		c := tx.Bucket(bReflections).Cursor()
		last := lastDayKey(to)
		for k, v := c.Seek(dayKey(from)); k != nil && onOrBefore(k, last); k, v = c.Next() {
			if r, ok := reflectionAt(k, v, dmg); ok {
				rs = append(rs, r)
			}
		}
		return nil
	})
	return rs, err
}

// reflectionAt decodes the reflection v stored at key k; one that does not
// decode, or that is not the reflection of its key's day, is skipped into
// dmg.
func reflectionAt(k, v []byte, dmg *damage) (r domain.Reflection, ok bool) {
	if err := decodeJSON(bReflections, k, v, &r); err != nil {
		dmg.skip(bReflections, k, reasonOf(err))
		return r, false
	}
	if r.Date.String() != string(k) {
		dmg.skip(bReflections, k, fmt.Sprintf("it holds the reflection of %q", r.Date.String()))
		return r, false
	}
	return r, true
}

// reviewAt decodes the review v stored at key k as reflectionAt does.
func reviewAt(k, v []byte, dmg *damage) (r domain.Review, ok bool) {
	if err := decodeJSON(bReviews, k, v, &r); err != nil {
		dmg.skip(bReviews, k, reasonOf(err))
		return r, false
	}
	if r.Week != string(k) {
		dmg.skip(bReviews, k, fmt.Sprintf("it holds the review of %q", r.Week))
		return r, false
	}
	return r, true
}

// SearchReflections returns, newest first, the reflections whose text or tags
// hold every word of query (case-insensitive).
func (s *Store) SearchReflections(query string) (rs []domain.Reflection, err error) {
	words := strings.Fields(strings.ToLower(query))
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		c := tx.Bucket(bReflections).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if !mayHold(v, words) {
				continue
			}
			if r, ok := reflectionAt(k, v, dmg); ok && holds(r, words) {
				rs = append(rs, r)
			}
		}
		return nil
	})
	return rs, err
}

// mayHold is a quick look at a stored reflection's JSON: a word that JSON
// writes as it is must appear in it. A word JSON would escape (<, &, a
// quote …) is left to holds.
func mayHold(raw []byte, words []string) bool {
	if len(words) == 0 {
		return true
	}
	low := bytes.ToLower(raw)
	for _, w := range words {
		w = strings.TrimPrefix(w, "#") // #go may be the tag go, stored without #
		if !escapedInJSON(w) && !bytes.Contains(low, []byte(w)) {
			return false
		}
	}
	return true
}

// escapedInJSON reports whether encoding/json would not store w as it is.
func escapedInJSON(w string) bool {
	return strings.ContainsAny(w, "\"<>&\\\u2028\u2029") || strings.ContainsFunc(w, func(r rune) bool { return r < 0x20 })
}

// holds reports whether the reflection's text or tags hold every word, so
// that a word matches what the user wrote, never a JSON key. Tags show as
// #go: a word #go also finds the tag go.
func holds(r domain.Reflection, words []string) bool {
	if len(words) == 0 {
		return true
	}
	text := strings.ToLower(strings.Join([]string{r.Learned, r.Solved, r.Collaborated, r.Idea, r.Next, strings.Join(r.Tags, " ")}, "\n"))
	for _, w := range words {
		if strings.Contains(text, w) {
			continue
		}
		tag, isTag := strings.CutPrefix(w, "#")
		if !isTag || tag == "" || !slices.ContainsFunc(r.Tags, func(t string) bool { return strings.EqualFold(strings.TrimPrefix(t, "#"), tag) }) {
			return false
		}
	}
	return true
}

// PutReview writes the review of r.Week, replacing an earlier one, and
// returns that earlier one (nil if none), read in the same transaction.
func (s *Store) PutReview(r domain.Review) (prev *domain.Review, err error) {
	if r, err = domain.CleanReview(r); err != nil {
		return nil, err
	}
	err = s.update(func(tx *bolt.Tx) error {
		var old domain.Review
		found, err := getJSON(tx, bReviews, []byte(r.Week), &old)
		if err != nil {
			return err
		}
		if found {
			prev = &old
		}
		return putReview(tx, r)
	})
	return prev, err
}

// Review returns the review of an ISO week such as "2026-W45".
func (s *Store) Review(week string) (r domain.Review, found bool, err error) {
	if _, err := domain.ParseWeek(week); err != nil {
		return r, false, err
	}
	err = s.view(func(tx *bolt.Tx) error {
		found, err = getJSON(tx, bReviews, []byte(week), &r)
		return err
	})
	return r, found, err
}

// Reviews returns every weekly review, newest first; a damaged one is
// skipped and reported.
func (s *Store) Reviews() (rs []domain.Review, err error) {
	err = s.read(func(tx *bolt.Tx, dmg *damage) error {
		return tx.Bucket(bReviews).ForEach(func(k, v []byte) error {
			if r, ok := reviewAt(k, v, dmg); ok {
				rs = append(rs, r)
			}
			return nil
		})
	})
	sort.Slice(rs, func(i, j int) bool { return rs[i].Week > rs[j].Week })
	return rs, err
}

func putReflection(tx *bolt.Tx, r domain.Reflection) error {
	if err := tx.Bucket(bRatings).Put(dayKey(r.Date), []byte{byte(r.Rating)}); err != nil {
		return err
	}
	if err := putJSON(tx.Bucket(bReflections), dayKey(r.Date), r); err != nil {
		return err
	}
	if err := syncCard(tx, r.Date, 0); err != nil {
		return err
	}
	return markChanged(tx, kindReflection, r.Date.String())
}

func putReview(tx *bolt.Tx, r domain.Review) error {
	if err := putJSON(tx.Bucket(bReviews), []byte(r.Week), r); err != nil {
		return err
	}
	return markChanged(tx, kindReview, r.Week)
}
