package content

import "slices"

// Section is one page of the guide.
type Section struct {
	ID           string
	Order        int
	Title        string
	Competencies []string // competency ids the section is about; may be empty
	Body         string   // markdown, starting with the "# Title" heading
	Lang         Lang     // the language the text is in (EN when it fell back)
}

// parseSection parses a guide file: front matter (id, order, title,
// competencies) and a markdown body.
func parseSection(src string, l Lang) (Section, error) {
	fm, body, err := splitFrontMatter(src)
	if err != nil {
		return Section{}, err
	}
	if err := fm.check([]string{"id", "order", "title"}, "competencies"); err != nil {
		return Section{}, err
	}
	order, err := fm.int("order")
	if err != nil {
		return Section{}, err
	}
	return Section{
		ID:           fm["id"],
		Order:        order,
		Title:        fm["title"],
		Competencies: fm.list("competencies"),
		Body:         body,
		Lang:         l,
	}, nil
}

// Sections returns the guide in language l, sorted by order. A section the
// language lacks is served in English.
func Sections(l Lang) []Section {
	src := lib().sections[l.known()]
	out := make([]Section, len(src))
	for i, s := range src {
		s.Competencies = slices.Clone(s.Competencies)
		out[i] = s
	}
	return out
}

// SectionByID returns the section with the given id in language l (or in
// English when l lacks it).
func SectionByID(l Lang, id string) (Section, bool) {
	for _, s := range lib().sections[l.known()] {
		if s.ID == id {
			s.Competencies = slices.Clone(s.Competencies)
			return s, true
		}
	}
	return Section{}, false
}
