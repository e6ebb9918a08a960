package demo

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

var books = map[string]*phrasebook{"english": english, "chinese": chinese}

// TestEverySlotResolves fills every sentence of every list of both
// phrasebooks in the scope the generator fills it in, with a day and a week
// that have something to name: each must come out whole.
func TestEverySlotResolves(t *testing.T) {
	day := &dayStat{doneTitles: []string{"Review PR #1234"}, openTitles: []string{"Fix the flaky test"}}
	week := &weekFigures{best: "Depth", weak: "Innovation", habitsDone: 30, habitsDue: 36, habitsPct: 83, onceDone: 27, minutesPractice: 540}
	ctxs := map[scope]slotCtx{scopeDay: {day: day}, scopeWeek: {week: week}}
	for name, b := range books {
		compileOnce()
		g := &gen{r: rand.New(rand.NewPCG(1, 2)), book: b}
		n := 0
		for _, l := range b.lists() {
			for _, s := range l.items {
				n++
				got, ok := g.fill(s, ctxs[l.scope])
				if !ok || got == "" || strings.ContainsAny(got, "{}") {
					t.Errorf("%s %s: %q fills as %q (ok %v)", name, l.name, s, got, ok)
				}
			}
		}
		if n < 250 {
			t.Errorf("%s: only %d sentences checked", name, n)
		}
	}
}

// TestEveryListChecked finds every list of strings in the phrasebook type
// by reflection, so that a list added to the type but not to lists() is
// caught: its sentences would be neither checked nor fillable.
func TestEveryListChecked(t *testing.T) {
	for name, b := range books {
		listed := map[uintptr]bool{}
		for _, l := range b.lists() {
			listed[reflect.ValueOf(l.items).Pointer()] = true
		}
		var walk func(path string, v reflect.Value)
		walk = func(path string, v reflect.Value) {
			switch v.Kind() {
			case reflect.Struct:
				for i := range v.NumField() {
					walk(path+"."+v.Type().Field(i).Name, v.Field(i))
				}
			case reflect.Array:
				for i := range v.Len() {
					walk(path, v.Index(i))
				}
			case reflect.Map:
				if v.Type().Elem().Kind() == reflect.Slice && v.Type().Elem().Elem().Kind() == reflect.String {
					for it := v.MapRange(); it.Next(); {
						walk(path+"."+it.Key().String(), it.Value())
					}
				}
			case reflect.Slice:
				if v.Type().Elem().Kind() == reflect.String && !listed[v.Pointer()] {
					t.Errorf("%s: %s is not in phrasebook.lists()", name, path)
				}
			}
		}
		walk("phrasebook", reflect.ValueOf(b).Elem())
	}
}

// TestWrongSlotsFail shows that each kind of mistake in a sentence stops
// the phrasebook from compiling, with the list and the sentence named.
func TestWrongSlotsFail(t *testing.T) {
	for _, c := range []struct {
		sentence string
		scope    scope
		want     string
	}{
		{"Read the source of {pgk}", scopePlain, "no slot {pgk}"},
		{"Finished '{task}'", scopePlain, "{task} in a list that has no day"},
		{"{best} moved forward", scopeDay, "{best} in a list that has no week"},
		{"Read {pkg", scopePlain, "a { without its }"},
		{"Read {pkg {concept}}", scopePlain, "a { without its }"},
		{"Read pkg}", scopePlain, "a } without its {"},
		{"{pkg}", scopeFixed, "used as written"},
		{"", scopePlain, "empty sentence"},
	} {
		_, err := english.compileSentence(c.sentence, c.scope)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.sentence, err, c.want)
		}
	}

	b := *english
	b.learned = append(b.learned[:len(b.learned):len(b.learned)], "Learned how {conept} works.")
	b.vocab = map[string][]string{"pkg": {"sync"}, "n": {"one"}}
	err := b.compile()
	for _, want := range []string{`learned: "Learned how {conept} works.": no slot {conept}`, "vocab.n: the name of a number"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("compile: %v, want %q", err, want)
		}
	}
}
