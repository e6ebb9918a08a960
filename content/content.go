// Package content holds coach's embedded guide, FAQ and coaching data in
// English and Chinese, parses it lazily on first use, searches it and
// renders it as terminal markdown.
package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
)

//go:embed guide faq coach
var files embed.FS

// ErrNotFound is returned (wrapped) for an unknown section or FAQ id.
var ErrNotFound = errors.New("not found")

// library is everything parsed from one file tree.
type library struct {
	sections map[Lang][]Section // merged with the EN fallback, sorted
	faqs     map[Lang][]FAQ
	coach    map[Lang]Coach
	// What each language provides itself, before any fallback.
	ownSections map[Lang]map[string]Section
	ownFAQs     map[Lang]map[string]FAQ
	ownCoach    map[Lang]*Coach
}

var (
	loadOnce   sync.Once
	defaultLib *library
	loadErr    error
)

// lib returns the library parsed from the embedded files. Parsing happens
// once, on first use. Problems are kept in loadErr (a test asserts there
// are none); whatever parsed correctly is still served.
func lib() *library {
	loadOnce.Do(func() {
		defaultLib, loadErr = load(files)
	})
	return defaultLib
}

// load parses a content tree laid out like the embedded one.
func load(fsys fs.FS) (*library, error) {
	var errs []error
	l := &library{
		sections: map[Lang][]Section{},
		faqs:     map[Lang][]FAQ{},
		coach:    map[Lang]Coach{},
	}
	var err error
	l.ownSections, err = loadDocs(fsys, "guide", parseSection, func(s Section) string { return s.ID })
	errs = append(errs, err)
	l.ownFAQs, err = loadDocs(fsys, "faq", parseFAQ, func(f FAQ) string { return f.ID })
	errs = append(errs, err)
	l.ownCoach, err = loadCoachFiles(fsys)
	errs = append(errs, err)

	for _, lang := range Langs() {
		l.sections[lang] = merge(l.ownSections, lang, func(s Section) int { return s.Order }, func(s Section) string { return s.ID })
		l.faqs[lang] = merge(l.ownFAQs, lang, func(f FAQ) int { return f.Order }, func(f FAQ) string { return f.ID })
		l.coach[lang] = mergeCoach(l.ownCoach[EN], l.ownCoach[lang])
	}
	return l, errors.Join(errs...)
}

// docName is the file name of a guide section or FAQ entry: NNN-id.md.
var docName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[0-9]+-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$`)
})

// loadDocs reads root/<lang>/NNN-id.md for every language directory.
func loadDocs[T any](fsys fs.FS, root string, parse func(src string, l Lang) (T, error), id func(T) string) (map[Lang]map[string]T, error) {
	out := map[Lang]map[string]T{}
	var errs []error
	dirs, err := fs.ReadDir(fsys, root)
	if err != nil {
		return out, fmt.Errorf("content: %w", err)
	}
	for _, d := range dirs {
		dir := path.Join(root, d.Name())
		lang, err := ParseLang(d.Name())
		if !d.IsDir() || err != nil || string(lang) != d.Name() {
			errs = append(errs, fmt.Errorf("content: %s: not a language directory", dir))
			continue
		}
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			errs = append(errs, fmt.Errorf("content: %w", err))
			continue
		}
		docs := map[string]T{}
		for _, e := range entries {
			file := path.Join(dir, e.Name())
			m := docName().FindStringSubmatch(e.Name())
			if e.IsDir() || m == nil {
				errs = append(errs, fmt.Errorf("content: %s: want a file named NNN-id.md", file))
				continue
			}
			data, err := fs.ReadFile(fsys, file)
			if err != nil {
				errs = append(errs, fmt.Errorf("content: %w", err))
				continue
			}
			doc, err := parse(string(data), lang)
			if err != nil {
				errs = append(errs, fmt.Errorf("content: %s: %w", file, err))
				continue
			}
			docID := id(doc)
			if docID != m[1] {
				errs = append(errs, fmt.Errorf("content: %s: front matter id %q does not match the file name", file, docID))
				continue
			}
			if _, dup := docs[docID]; dup {
				errs = append(errs, fmt.Errorf("content: %s: duplicate id %q", file, docID))
				continue
			}
			docs[docID] = doc
		}
		out[lang] = docs
	}
	return out, errors.Join(errs...)
}

// merge returns the documents of lang, with the EN document standing in for
// any id lang lacks, sorted by order and then id.
func merge[T any](byLang map[Lang]map[string]T, lang Lang, order func(T) int, id func(T) string) []T {
	var out []T
	for _, doc := range byLang[lang] {
		out = append(out, doc)
	}
	if lang != EN {
		for docID, doc := range byLang[EN] {
			if _, ok := byLang[lang][docID]; !ok {
				out = append(out, doc)
			}
		}
	}
	slices.SortFunc(out, func(a, b T) int {
		if c := order(a) - order(b); c != 0 {
			return c
		}
		return strings.Compare(id(a), id(b))
	})
	return out
}
