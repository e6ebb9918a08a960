package demo

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// phrasebook holds the sentences of one language. A sentence names slots in
// braces: {pkg}, {concept}, {person}… are words drawn from vocab; {pr}, {n},
// {lc}, {ch}, {pct} are numbers; {task} is a task done that day and {todo}
// one left open; {best}, {weak}, {hp}, {hd}, {hs}, {od}, {min} are the
// week's figures in a review. Every sentence is compiled when the package
// loads, and a slot that does not exist, or that its list cannot fill (a
// {task} in a task title), stops the program there: a misspelled slot
// must not quietly drop its sentence from the data.
type phrasebook struct {
	sep   string  // between sentences
	words float64 // length units per word: 1 per word in English, 2 characters a "word" in Chinese
	vocab map[string][]string

	once [6][]string // one-off task titles, by competency index
	tags [6][]string // reflection tags, by competency index
	mood struct{ good, bad []string }

	learned, solved, collaborated, idea, next []string
	rest, restNext                            []string // holiday reflections

	wentWell, wentWellExtra, roughWeek, adjust, keepPlan, notes []string
	checkNotes, taskNotes                                       []string

	// compiled holds every sentence of the lists above, by its text.
	compiled map[string]phrase
}

// scope is what the sentences of a list may name.
type scope uint8

const (
	scopeFixed scope = iota // used as written: no slots at all
	scopePlain              // words and numbers
	scopeDay                // and the day's done and open tasks
	scopeWeek               // and the week's figures
)

// phraseList is one list of a phrasebook with the scope it is filled in.
type phraseList struct {
	name  string
	scope scope
	items []string
}

// lists is every list of sentences in b, with what the generator fills it
// from. A list missing here is never compiled, and filling one of its
// sentences panics; TestEveryListChecked keeps this complete.
func (b *phrasebook) lists() []phraseList {
	l := []phraseList{
		{"mood.good", scopeFixed, b.mood.good}, {"mood.bad", scopeFixed, b.mood.bad},
		{"wentWellExtra", scopeFixed, b.wentWellExtra}, {"keepPlan", scopeFixed, b.keepPlan},
		{"checkNotes", scopePlain, b.checkNotes}, {"taskNotes", scopePlain, b.taskNotes},
		{"rest", scopePlain, b.rest},
		{"learned", scopeDay, b.learned}, {"solved", scopeDay, b.solved},
		{"collaborated", scopeDay, b.collaborated}, {"idea", scopeDay, b.idea},
		{"next", scopeDay, b.next}, {"restNext", scopeDay, b.restNext},
		{"wentWell", scopeWeek, b.wentWell}, {"roughWeek", scopeWeek, b.roughWeek},
		{"adjust", scopeWeek, b.adjust}, {"notes", scopeWeek, b.notes},
	}
	for c := range 6 {
		l = append(l, phraseList{fmt.Sprintf("once[%d]", c), scopePlain, b.once[c]},
			phraseList{fmt.Sprintf("tags[%d]", c), scopeFixed, b.tags[c]})
	}
	for _, k := range slices.Sorted(maps.Keys(b.vocab)) {
		l = append(l, phraseList{"vocab." + k, scopeFixed, b.vocab[k]})
	}
	return l
}

// numberSlots are filled with a random number in a range: a pull request,
// an incident, a LeetCode problem, a chapter, a percentage.
var numberSlots = map[string][2]int{
	"pr": {1000, 9999}, "n": {12, 480}, "lc": {1, 2500}, "ch": {1, 12}, "pct": {10, 60},
}

// contextSlots are filled from what the user did, and only in the scope
// that knows it.
var contextSlots = map[string]struct {
	kind  slotKind
	scope scope
}{
	"task": {slotDone, scopeDay}, "todo": {slotOpen, scopeDay},
	"best": {slotBest, scopeWeek}, "weak": {slotWeak, scopeWeek},
	"hd": {slotHabitsDone, scopeWeek}, "hs": {slotHabitsDue, scopeWeek}, "hp": {slotHabitsPct, scopeWeek},
	"od": {slotOnceDone, scopeWeek}, "min": {slotMinutes, scopeWeek},
}

// compile checks every list of b and compiles its sentences; the error
// names each sentence that is wrong and why.
func (b *phrasebook) compile() error {
	var errs []error
	for k := range b.vocab {
		_, number := numberSlots[k]
		if _, context := contextSlots[k]; number || context {
			errs = append(errs, fmt.Errorf("vocab.%s: the name of a number or context slot", k))
		}
	}
	b.compiled = map[string]phrase{}
	for _, l := range b.lists() {
		if len(l.items) == 0 {
			errs = append(errs, fmt.Errorf("%s: empty", l.name))
		}
		for _, s := range l.items {
			p, err := b.compileSentence(s, l.scope)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %q: %w", l.name, s, err))
				continue
			}
			b.compiled[s] = p
		}
	}
	return errors.Join(errs...)
}

func (b *phrasebook) compileSentence(s string, sc scope) (phrase, error) {
	if s == "" {
		return nil, errors.New("an empty sentence")
	}
	var p phrase
	for rest := s; rest != ""; {
		i := strings.IndexAny(rest, "{}")
		if i < 0 {
			p = append(p, part{text: rest})
			break
		}
		if rest[i] == '}' {
			return nil, errors.New("a } without its {")
		}
		if i > 0 {
			p = append(p, part{text: rest[:i]})
		}
		j := strings.IndexAny(rest[i+1:], "{}")
		if j < 0 || rest[i+1+j] == '{' {
			return nil, errors.New("a { without its }")
		}
		name := rest[i+1 : i+1+j]
		slot, err := b.compileSlot(name, sc)
		if err != nil {
			return nil, err
		}
		p = append(p, slot)
		rest = rest[i+2+j:]
	}
	return p, nil
}

func (b *phrasebook) compileSlot(name string, sc scope) (part, error) {
	if sc == scopeFixed {
		return part{}, fmt.Errorf("{%s} in a list used as written", name)
	}
	if r, ok := numberSlots[name]; ok {
		return part{kind: slotNumber, lo: r[0], hi: r[1]}, nil
	}
	if c, ok := contextSlots[name]; ok {
		if c.scope != sc {
			return part{}, fmt.Errorf("{%s} in a list that has no %s to fill it from", name, scopeNames[c.scope])
		}
		return part{kind: c.kind}, nil
	}
	if words := b.vocab[name]; len(words) > 0 {
		return part{kind: slotWord, words: words}, nil
	}
	return part{}, fmt.Errorf("no slot {%s}", name)
}

var scopeNames = [...]string{scopeDay: "day", scopeWeek: "week"}

// compileOnce compiles both phrasebooks the first time a dataset is made,
// not when the package loads: every coach command links this package, and
// only coach demo needs it. A wrong phrasebook never gets past
// TestEverySlotResolves; should one slip through, coach demo stops with the
// list and the sentence named.
var compileOnce = sync.OnceFunc(func() {
	for _, b := range []*phrasebook{english, chinese} {
		if err := b.compile(); err != nil {
			panic("demo: the phrasebook is wrong:\n" + err.Error())
		}
	}
})
