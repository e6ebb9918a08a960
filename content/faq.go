package content

import "slices"

// FAQ is one question and its answer.
type FAQ struct {
	ID           string
	Order        int
	Question     string
	Related      string   // id of the guide section to read next
	Competencies []string // competency ids the question is about; may be empty
	Answer       string   // markdown
	Lang         Lang     // the language the text is in (EN when it fell back)
}

// parseFAQ parses a FAQ file: front matter (id, order, title = the
// question, related, competencies) and the answer as markdown.
func parseFAQ(src string, l Lang) (FAQ, error) {
	fm, body, err := splitFrontMatter(src)
	if err != nil {
		return FAQ{}, err
	}
	if err := fm.check([]string{"id", "order", "title", "related"}, "competencies"); err != nil {
		return FAQ{}, err
	}
	order, err := fm.int("order")
	if err != nil {
		return FAQ{}, err
	}
	return FAQ{
		ID:           fm["id"],
		Order:        order,
		Question:     fm["title"],
		Related:      fm["related"],
		Competencies: fm.list("competencies"),
		Answer:       body,
		Lang:         l,
	}, nil
}

// FAQs returns the FAQ in language l, sorted by order. An entry the
// language lacks is served in English.
func FAQs(l Lang) []FAQ {
	src := lib().faqs[l.known()]
	out := make([]FAQ, len(src))
	for i, f := range src {
		f.Competencies = slices.Clone(f.Competencies)
		out[i] = f
	}
	return out
}

// FAQByID returns the entry with the given id in language l (or in English
// when l lacks it).
func FAQByID(l Lang, id string) (FAQ, bool) {
	for _, f := range lib().faqs[l.known()] {
		if f.ID == id {
			f.Competencies = slices.Clone(f.Competencies)
			return f, true
		}
	}
	return FAQ{}, false
}
