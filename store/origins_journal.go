package store

import (
	"fmt"
	"strings"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// originDay marks an origin that became text of a day's reflection: 'r'
// and the day. An entry's origin names the entry, not the day, so a day
// with one entry imported and one new gains only the new one.
const originDay = 'r'

// Reasons an imported entry is left out in the store.
const (
	entryTooLong = "entry not kept: the day's text would pass 20000 characters"
	tagsFull     = "tag not kept: a day holds at most 20"
)

// importReflections writes each day's new entries: a day without a
// reflection gets an unrated one of them, a day with one keeps it and gains
// their text after its own "learned" and their tags (only theirs: a tag
// the user removed from the day stays removed). An entry an earlier import
// added is not added again, even when the user has removed the reflection
// since; nor is one whose text the day already holds (origins are kept by
// this database only: a journal restored from an export, or another
// device's, holds the text without them).
func importReflections(tx *bolt.Tx, rs []domain.ImportedReflection, sum *ImportSummary) error {
	origins := tx.Bucket(bOrigins)
	for _, ir := range rs {
		var r domain.Reflection
		found, err := getJSON(tx, bReflections, dayKey(ir.Date), &r)
		if err != nil {
			return err
		}
		if !found {
			r = domain.Reflection{Date: ir.Date, Rating: domain.Unrated}
		}
		texts := nonEmpty(r.Learned)
		size := len([]rune(r.Learned))
		var added, seen []string
		var tags []string
		for _, e := range ir.Entries {
			if _, ok := originOf(origins, originDay, e.Origin); ok {
				sum.Known++
				continue
			}
			if holdsParagraph(r.Learned, e.Text) {
				sum.Known++
				seen = append(seen, e.Origin)
				continue
			}
			n := len([]rune(e.Text))
			if size > 0 {
				n += 2 // the blank line between two texts
			}
			if size+n > domain.MaxText {
				sum.skip(entryTooLong)
				continue
			}
			size += n
			texts = append(texts, e.Text)
			added = append(added, e.Origin)
			tags = append(tags, e.Tags...)
		}
		if err := remember(origins, seen, ir.Date); err != nil {
			return err
		}
		if len(added) == 0 {
			continue
		}
		r.Learned = strings.Join(texts, "\n\n")
		var dropped int
		r.Tags, dropped = joinTags(r.Tags, tags)
		for range dropped {
			sum.skip(tagsFull)
		}
		clean, err := domain.CleanReflection(r)
		if err != nil {
			return fmt.Errorf("reflection of %s: %w", ir.Date, err)
		}
		if err := putReflection(tx, clean); err != nil {
			return err
		}
		if err := remember(origins, added, ir.Date); err != nil {
			return err
		}
		if found {
			sum.Joined++
		} else {
			sum.Reflections++
		}
	}
	return nil
}

// remember keeps the origins of entries that are now text of day d.
func remember(origins *bolt.Bucket, entries []string, d domain.Date) error {
	for _, o := range entries {
		if err := putOrigin(origins, originDay, o, uint64(int64(d))); err != nil {
			return err
		}
	}
	return nil
}

// holdsParagraph reports whether text is one or more whole paragraphs of
// learned, as an earlier import joined them.
func holdsParagraph(learned, text string) bool {
	padded := "\n\n" + learned + "\n\n"
	return strings.Contains(padded, "\n\n"+text+"\n\n")
}

func nonEmpty(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{s}
}

// joinTags is the tags of a, then those of b not in a, up to the most a
// reflection holds; dropped counts those of b past it.
func joinTags(a, b []string) (out []string, dropped int) {
	out = append(out, a...)
	seen := map[string]bool{}
	for _, t := range a {
		seen[strings.ToLower(t)] = true
	}
	for _, t := range b {
		switch {
		case seen[t]:
		case len(out) == domain.MaxTags:
			dropped++
		default:
			seen[t] = true
			out = append(out, t)
		}
	}
	return out, dropped
}
