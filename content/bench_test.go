package content_test

// Benchmarks of rendering the guide for the terminal. They do not depend
// on the user's data, so unlike the other packages' benchmarks they run on
// the embedded guide only, in both languages. Run them with
//
//	go test -run '^$' -bench . -benchmem ./content
//
// No test asserts a timing: CI runs them once each (-benchtime=1x).

import (
	"testing"

	"coach/content"
)

// benchWidth is the width the Guide screen renders a section at in a
// 120-column terminal: the text pane beside a 36-column contents list,
// inside its border.
const benchWidth = 82

// benchStyle is the style of a dark terminal, the default.
const benchStyle = "dark"

// benchLangs runs fn once per language, each op one guide section, taken
// in turn so that every op renders another section.
func benchLangs(b *testing.B, fn func(b *testing.B, l content.Lang, ids []string)) {
	for _, l := range content.Langs() {
		b.Run(string(l), func(b *testing.B) {
			var ids []string
			for _, s := range content.Sections(l) {
				ids = append(ids, s.ID)
			}
			if len(ids) == 0 {
				b.Fatal("the guide has no sections")
			}
			b.ReportAllocs()
			fn(b, l, ids)
		})
	}
}

// BenchmarkSectionFirst is the first section the Guide screen shows: a new
// Renderer, so it also builds glamour's renderer for the width.
func BenchmarkSectionFirst(b *testing.B) {
	benchLangs(b, func(b *testing.B, l content.Lang, ids []string) {
		i := 0
		for b.Loop() {
			r := content.NewRenderer()
			if _, err := r.Section(l, ids[i%len(ids)], benchWidth, benchStyle); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkSectionUncached is a section not seen yet once the renderer for
// the width exists: the markdown rendering alone.
func BenchmarkSectionUncached(b *testing.B) {
	benchLangs(b, func(b *testing.B, l content.Lang, ids []string) {
		bodies := make([]string, len(ids))
		for i, id := range ids {
			s, ok := content.SectionByID(l, id)
			if !ok {
				b.Fatalf("no section %q", id)
			}
			bodies[i] = s.Body
		}
		r := content.NewRenderer()
		if _, err := r.Render(bodies[0], benchWidth, benchStyle); err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			if _, err := r.Render(bodies[i%len(bodies)], benchWidth, benchStyle); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkSectionCached is a section seen before: the Renderer's cache.
func BenchmarkSectionCached(b *testing.B) {
	benchLangs(b, func(b *testing.B, l content.Lang, ids []string) {
		r := content.NewRenderer()
		for _, id := range ids {
			if _, err := r.Section(l, id, benchWidth, benchStyle); err != nil {
				b.Fatal(err)
			}
		}
		i := 0
		for b.Loop() {
			if _, err := r.Section(l, ids[i%len(ids)], benchWidth, benchStyle); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
