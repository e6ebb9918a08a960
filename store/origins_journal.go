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
// their text after its own "learned" and their tags. An entry an earlier
// import added is not added again, even when the user has removed the
// reflection since.
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
		var added []string
		for _, e := range ir.Entries {
			if _, ok := originOf(origins, originDay, e.Origin); ok {
				sum.Known++
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
		}
		if len(added) == 0 {
			continue
		}
		r.Learned = strings.Join(texts, "\n\n")
		var dropped int
		r.Tags, dropped = joinTags(r.Tags, ir.Tags)
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
		for _, o := range added {
			if err := origins.Put(originKey(o), append([]byte{originDay}, be64(uint64(int64(ir.Date)))...)); err != nil {
				return err
			}
		}
		if found {
			sum.Joined++
		} else {
			sum.Reflections++
		}
	}
	return nil
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
