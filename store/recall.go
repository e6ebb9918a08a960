package store

import (
	"bytes"
	"encoding/binary"
	"math"
	"sort"
	"strings"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// Recall's buckets (schema 5):
//
//	recall_log    card|day → grade   the review log, by card (1–4; 0 retired)
//	recall_days   day|card → grade   the same, by day: today's counts, the last 30 days
//	recall_cards  card → due|flags|stability   every card not retired
//	recall_due    due|card → flags   the cards by due day: the due count reads
//	                                 this, never the journal
//
// card and day are YYYY-MM-DD; a card is the reflection of its day. The log
// is the truth; the other three are derived from it and the reflections,
// card by card (syncCard).
var (
	bRecallLog   = []byte("recall_log")
	bRecallDays  = []byte("recall_days")
	bRecallCards = []byte("recall_cards")
	bRecallDue   = []byte("recall_due")

	kRecallCaps = []byte("recall_caps")
)

var recallBuckets = [][]byte{bRecallLog, bRecallDays, bRecallCards, bRecallDue}

const cardNew = 1 // flag: never graded

func gradeByte(g string) byte {
	if g == domain.Retire {
		return 0
	}
	gr, _ := domain.ParseGrade(g)
	return byte(gr)
}

func gradeWord(b byte) string {
	if b == 0 {
		return domain.Retire
	}
	return domain.Grade(b).String()
}

// cardLog reads a card's log.
func cardLog(tx *bolt.Tx, card domain.Date) []domain.RecallEntry {
	var out []domain.RecallEntry
	prefix := dayKey(card)
	c := tx.Bucket(bRecallLog).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		day, err := domain.ParseISODate(string(k[10:]))
		if err != nil || len(v) != 1 || v[0] > 4 {
			continue // coach check names it
		}
		out = append(out, domain.RecallEntry{Card: card, Day: day, Grade: gradeWord(v[0])})
	}
	return out
}

// cardValue is a card's entry: its due day, flags, and stability.
type cardValue struct {
	due       domain.Date
	new       bool
	stability float64
}

func (c cardValue) encode() []byte {
	b := append(dayKey(c.due), 0)
	if c.new {
		b[10] = cardNew
	}
	return binary.BigEndian.AppendUint64(b, math.Float64bits(c.stability))
}

func decodeCard(v []byte) (cardValue, bool) {
	if len(v) != 19 {
		return cardValue{}, false
	}
	due, err := domain.ParseISODate(string(v[:10]))
	if err != nil {
		return cardValue{}, false
	}
	return cardValue{due: due, new: v[10]&cardNew != 0, stability: math.Float64frombits(binary.BigEndian.Uint64(v[11:]))}, true
}

// syncCard brings the card of day in line with its reflection and its
// log: a card while the reflection holds something learned and the log
// has not retired it; none otherwise. A new card keeps the due day it
// was given (entered gently), else it is due the day after its reflection.
func syncCard(tx *bolt.Tx, card domain.Date, gentle domain.Date) error {
	return syncCardWith(tx, card, gentle, false)
}

// syncCardLog is syncCard after a change of the log alone: a card there
// already has a reflection with something learned (every write of a
// reflection brings its card in line), so the journal is not read again.
func syncCardLog(tx *bolt.Tx, card domain.Date) error { return syncCardWith(tx, card, 0, true) }

func syncCardWith(tx *bolt.Tx, card domain.Date, gentle domain.Date, logOnly bool) error {
	cards, due := tx.Bucket(bRecallCards), tx.Bucket(bRecallDue)
	old, had := decodeCard(cards.Get(dayKey(card)))
	if had {
		if err := due.Delete(append(dayKey(old.due), dayKey(card)...)); err != nil {
			return err
		}
	}
	learned := had && logOnly
	if !learned {
		var r struct {
			Learned string `json:"learned"`
		}
		found, err := getJSON(tx, bReflections, dayKey(card), &r)
		if err != nil {
			return err
		}
		learned = found && r.Learned != ""
	}
	log := cardLog(tx, card)
	start := gentle
	if had && old.new && start == 0 {
		start = old.due
	}
	m, retired := domain.Replay(card, start, log)
	if !learned || retired {
		return cards.Delete(dayKey(card))
	}
	// A card of the last days coach keeps is due on the last one: a key
	// holds no later day.
	v := cardValue{due: min(m.Due, domain.MaxDate), new: m.Reviews == 0, stability: m.Stability}
	if err := cards.Put(dayKey(card), v.encode()); err != nil {
		return err
	}
	return due.Put(append(dayKey(v.due), dayKey(card)...), []byte{map[bool]byte{true: cardNew}[v.new]})
}

// putRecall writes one line of the log (replacing that day's grade of the
// card) and brings the card in line.
func putRecall(tx *bolt.Tx, e domain.RecallEntry) error {
	k := append(dayKey(e.Card), dayKey(e.Day)...)
	g := []byte{gradeByte(e.Grade)}
	if err := tx.Bucket(bRecallLog).Put(k, g); err != nil {
		return err
	}
	if err := tx.Bucket(bRecallDays).Put(append(dayKey(e.Day), dayKey(e.Card)...), g); err != nil {
		return err
	}
	if err := markChanged(tx, kindRecall, recallID(e.Card, e.Day)); err != nil {
		return err
	}
	return syncCardLog(tx, e.Card)
}

// recallID names a line of the log across devices: card/day.
func recallID(card, day domain.Date) string { return card.String() + "/" + day.String() }

// splitRecallID reverses recallID.
func splitRecallID(id string) (card, day domain.Date, ok bool) {
	a, b, found := strings.Cut(id, "/")
	card, err1 := domain.ParseISODate(a)
	day, err2 := domain.ParseISODate(b)
	return card, day, found && err1 == nil && err2 == nil
}

// startRecall is the schema 4 → 5 step: every reflection with something
// learned becomes a card, entering gently.
func startRecall(tx *bolt.Tx, today domain.Date) error {
	for _, b := range recallBuckets {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	var dmg damage
	if err := tx.Bucket(bReflections).ForEach(func(k, v []byte) error {
		if r, ok := reflectionAt(k, v, &dmg); ok {
			return syncCard(tx, r.Date, 0)
		}
		return nil
	}); err != nil {
		return err
	}
	return enterGently(tx, today)
}

// enterGently spreads the cards never graded of reflections older than 30
// days over the days from tomorrow, three a day, the most recent first:
// when recall first arrives on a journal (an upgrade, an import of an older
// export) those of the last 30 days are due at once and a long journal is
// never a wall of hundreds.
func enterGently(tx *bolt.Tx, today domain.Date) error {
	var old []domain.Date
	c := tx.Bucket(bRecallCards).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		card, err := domain.ParseISODate(string(k))
		cv, ok := decodeCard(v)
		if err == nil && ok && cv.new && card < today-30 && cv.due <= card+1 {
			old = append(old, card)
		}
	}
	sort.Slice(old, func(i, j int) bool { return old[i] > old[j] })
	for i, card := range old {
		if err := syncCard(tx, card, today+1+domain.Date(i/gentlePerDay)); err != nil {
			return err
		}
	}
	return nil
}

// recallAt reads a line of the log from its key and value.
func recallAt(k, v []byte) (domain.RecallEntry, bool) {
	if len(k) != 20 || len(v) != 1 || v[0] > 4 {
		return domain.RecallEntry{}, false
	}
	card, err1 := domain.ParseISODate(string(k[:10]))
	day, err2 := domain.ParseISODate(string(k[10:]))
	if err1 != nil || err2 != nil {
		return domain.RecallEntry{}, false
	}
	return domain.RecallEntry{Card: card, Day: day, Grade: gradeWord(v[0])}, true
}

// gentlePerDay is how many older cards enter each day when recall first
// arrives on a journal.
const gentlePerDay = 3

// RecallCard is a card as a session shows it.
type RecallCard struct {
	Day     domain.Date
	Ask     string
	Learned string
	Tags    []string
	Memory  domain.Memory
	New     bool
}

// RecallSession is what is due on a day, within the caps: reviews first
// (the longest overdue first), then new cards (the oldest first).
type RecallSession struct {
	Cards       []RecallCard
	Due         int // cards due, before the caps
	DoneToday   int // grades given today
	Caps        domain.RecallCaps
	NewLeft     int // new cards today's cap still allows
	ReviewsLeft int
}

// RecallDue reads today's session. It reads only the due cards and
// today's grades, through their indexes.
func (s *Store) RecallDue(today domain.Date) (rs RecallSession, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		rs, err = recallDue(tx, today, true)
		return err
	})
	return rs, err
}

// RecallDueCount is the number of cards today's session holds (Today's
// line), without their texts.
func (s *Store) RecallDueCount(today domain.Date) (n int, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		rs, err := recallDue(tx, today, false)
		n = len(rs.Cards)
		return err
	})
	return n, err
}

func recallDue(tx *bolt.Tx, today domain.Date, texts bool) (RecallSession, error) {
	rs := RecallSession{Caps: recallCaps(tx)}
	b := tx.Bucket(bRecallDue)
	if b == nil {
		return rs, nil
	}
	doneNew, doneReviews := 0, 0
	prefix := dayKey(today)
	c := tx.Bucket(bRecallDays).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		card, err := domain.ParseISODate(string(k[10:]))
		if err != nil {
			continue
		}
		if first := cardLog(tx, card); len(first) > 0 && first[0].Day == today {
			doneNew++
		} else {
			doneReviews++
		}
	}
	rs.DoneToday = doneNew + doneReviews
	rs.NewLeft = max(rs.Caps.New-doneNew, 0)
	rs.ReviewsLeft = max(rs.Caps.Reviews-doneReviews, 0)
	var reviews, fresh []domain.Date
	last := lastDayKey(today)
	dc := b.Cursor()
	for k, v := dc.First(); k != nil && onOrBefore(k, last); k, v = dc.Next() {
		card, err := domain.ParseISODate(string(k[10:]))
		if err != nil || len(v) != 1 || card >= today {
			continue // a card is never asked on the day it was written (9999-12-31's)
		}
		rs.Due++
		if v[0]&cardNew != 0 {
			fresh = append(fresh, card)
		} else {
			reviews = append(reviews, card)
		}
	}
	sort.Slice(fresh, func(i, j int) bool { return fresh[i] < fresh[j] })
	pick := append(reviews[:min(len(reviews), rs.ReviewsLeft)], fresh[:min(len(fresh), rs.NewLeft)]...)
	for _, card := range pick {
		rc := RecallCard{Day: card}
		if texts {
			var r domain.Reflection
			if _, err := getJSON(tx, bReflections, dayKey(card), &r); err != nil {
				return rs, err
			}
			v, _ := decodeCard(tx.Bucket(bRecallCards).Get(dayKey(card)))
			rc.Ask, rc.Learned, rc.Tags, rc.New = r.Ask, r.Learned, r.Tags, v.new
			rc.Memory, _ = domain.Replay(card, v.due, cardLog(tx, card))
		}
		rs.Cards = append(rs.Cards, rc)
	}
	return rs, nil
}

// GradeCard grades the card of a reflection's day on day, replacing a
// grade given to it the same day, and returns its memory after.
func (s *Store) GradeCard(card, day domain.Date, g domain.Grade) (m domain.Memory, err error) {
	return m, s.update(func(tx *bolt.Tx) error {
		if err := gradeCard(tx, card, day, g.String()); err != nil {
			return err
		}
		m, _ = domain.Replay(card, 0, cardLog(tx, card)) // graded: no longer new, so no start day
		return nil
	})
}

// RetireCard lets a card go: it is not asked again.
func (s *Store) RetireCard(card, day domain.Date) error {
	return s.update(func(tx *bolt.Tx) error { return gradeCard(tx, card, day, domain.Retire) })
}

// gradeCard writes a line of the log for a card there is.
func gradeCard(tx *bolt.Tx, card, day domain.Date, grade string) error {
	if tx.Bucket(bRecallCards).Get(dayKey(card)) == nil {
		return notFound{"recall card", card}
	}
	e, err := domain.CleanRecallEntry(domain.RecallEntry{Card: card, Day: day, Grade: grade})
	if err != nil {
		return err
	}
	return putRecall(tx, e)
}

func recallCaps(tx *bolt.Tx) domain.RecallCaps {
	c := domain.DefaultRecallCaps
	if v := tx.Bucket(bMeta).Get(kRecallCaps); len(v) == 4 {
		c = domain.RecallCaps{New: int(binary.BigEndian.Uint16(v)), Reviews: int(binary.BigEndian.Uint16(v[2:]))}
	}
	return c
}

// EditRecallCaps changes the caps as stored, in the write that stores
// them, and returns them.
func (s *Store) EditRecallCaps(edit func(*domain.RecallCaps)) (c domain.RecallCaps, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		c = recallCaps(tx)
		edit(&c)
		if err := domain.CheckRecallCaps(c); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Put(kRecallCaps, binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint16(nil, uint16(c.New)), uint16(c.Reviews)))
	})
	return c, err
}

// RecallStats are the figures Progress shows.
type RecallStats struct {
	Cards           int     // cards not retired
	DueToday        int     // due today or before, before the caps
	Reviewed30      int     // grades given in the last 30 days
	Recalled30      int     // of them, good or easy
	MedianStability float64 // days
}

// RecallStats reads the figures of recall on today.
func (s *Store) RecallStats(today domain.Date) (st RecallStats, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		cards := tx.Bucket(bRecallCards)
		if cards == nil {
			return nil
		}
		var stab []float64
		cards.ForEach(func(_, v []byte) error {
			if c, ok := decodeCard(v); ok {
				st.Cards++
				if c.due <= today {
					st.DueToday++
				}
				if !c.new {
					stab = append(stab, c.stability)
				}
			}
			return nil
		})
		if len(stab) > 0 {
			sort.Float64s(stab)
			st.MedianStability = stab[len(stab)/2]
			if len(stab)%2 == 0 {
				st.MedianStability = (stab[len(stab)/2-1] + stab[len(stab)/2]) / 2
			}
		}
		c := tx.Bucket(bRecallDays).Cursor()
		last := lastDayKey(today)
		for k, v := c.Seek(dayKey(today - 29)); k != nil && onOrBefore(k, last); k, v = c.Next() {
			if len(v) == 1 && v[0] >= 1 {
				st.Reviewed30++
				if v[0] >= byte(domain.Good) {
					st.Recalled30++
				}
			}
		}
		return nil
	})
	return st, err
}
