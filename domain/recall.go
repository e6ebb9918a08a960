package domain

import (
	"fmt"
	"sort"
)

// A recall card is a reflection with something learned: it is named by
// the reflection's day, asks the reflection's "Ask me later" question (or,
// without one, what was learned that day), and its schedule is replayed
// from the review log, which is what is stored, exported and synced.

// RecallEntry is one line of the review log: a card graded, or retired,
// on a day.
type RecallEntry struct {
	Card  Date   `json:"card"`
	Day   Date   `json:"day"`
	Grade string `json:"grade"` // again, hard, good, easy, or retire
}

// Retire is the log's word for a card the user let go of.
const Retire = "retire"

// CleanRecallEntry checks one line of the log.
func CleanRecallEntry(e RecallEntry) (RecallEntry, error) {
	if err := CheckDate(e.Card); err != nil || e.Card.IsZero() {
		return e, fmt.Errorf("card: not a day coach keeps")
	}
	if err := CheckDate(e.Day); err != nil || e.Day.IsZero() {
		return e, fmt.Errorf("day: not a day coach keeps")
	}
	if e.Day <= e.Card {
		return e, fmt.Errorf("the card of %s is graded on %s, not after the day it was written", e.Card, e.Day)
	}
	if e.Grade != Retire {
		g, err := ParseGrade(e.Grade)
		if err != nil {
			return e, err
		}
		e.Grade = g.String()
	}
	return e, nil
}

// Replay is a card's memory after its log, in day order; retired is true
// when the last word of the log retired it. A card without grades is due
// on due (the day after its reflection, or later when it entered gently).
func Replay(card, due Date, log []RecallEntry) (m Memory, retired bool) {
	sort.SliceStable(log, func(i, j int) bool { return log[i].Day < log[j].Day })
	m = NewMemory(card)
	if due != 0 {
		m.Due = due
	}
	for _, e := range log {
		if e.Grade == Retire {
			retired = true
			continue
		}
		g, err := ParseGrade(e.Grade)
		if err != nil {
			continue
		}
		retired = false
		m = m.Grade(g, e.Day)
	}
	return m, retired
}

// RecallCaps bound a day's session so it never becomes a chore.
type RecallCaps struct {
	New     int `json:"new"`     // new cards a day
	Reviews int `json:"reviews"` // reviews a day
}

// DefaultRecallCaps are 5 new cards and 20 reviews a day.
var DefaultRecallCaps = RecallCaps{New: 5, Reviews: 20}

// MaxRecallCap bounds a cap the user sets.
const MaxRecallCap = 1000

// CheckRecallCaps refuses caps out of range.
func CheckRecallCaps(c RecallCaps) error {
	if c.New < 0 || c.New > MaxRecallCap || c.Reviews < 0 || c.Reviews > MaxRecallCap {
		return fmt.Errorf("a recall cap counts 0 to %d cards a day", MaxRecallCap)
	}
	return nil
}
