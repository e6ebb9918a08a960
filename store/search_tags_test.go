package store

import (
	"testing"

	"coach/domain"
)

// Tags show as #go: a search for #go finds the tag go, as go does, and
// does not find a reflection that only mentions go without the tag.
func TestSearchFindsATagWithOrWithoutHash(t *testing.T) {
	s := newStore(t)
	for _, r := range []domain.Reflection{
		{Date: day("2026-11-02"), Learned: "channels", Rating: 4, Tags: []string{"go", "concurrency"}},
		{Date: day("2026-11-03"), Learned: "a good day at the gym", Rating: 3},
		{Date: day("2026-11-04"), Learned: "wrote #rust notes", Rating: 3},
		{Date: day("2026-11-05"), Learned: "读源码", Rating: 3, Tags: []string{"源码"}},
	} {
		if _, err := s.PutReflection(r); err != nil {
			t.Fatal(err)
		}
	}
	for query, want := range map[string][]string{
		"#go":              {"2026-11-02"},
		"#GO":              {"2026-11-02"},
		"go":               {"2026-11-03", "2026-11-02"}, // a word also matches text
		"#go channels":     {"2026-11-02"},
		"#go #concurrency": {"2026-11-02"},
		"#go gym":          nil,
		"#gym":             nil,            // a word of the text is not a tag
		"#rust":            {"2026-11-04"}, // written with # in the text
		"#源码":              {"2026-11-05"},
		"#":                {"2026-11-04"}, // the character itself
	} {
		hits, err := s.SearchReflections(query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range hits {
			got = append(got, r.Date.String())
		}
		if len(got) != len(want) {
			t.Errorf("search %q found %v, want %v", query, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("search %q found %v, want %v", query, got, want)
				break
			}
		}
	}
}
