package content

import (
	"io/fs"
	"path"
)

// RawPage returns the file of a guide section or FAQ entry (kind is
// KindGuide or KindFAQ) exactly as it is stored: front matter and
// markdown, for `coach guide ID --raw`. Like SectionByID and FAQByID it
// falls back to English when language l lacks the page.
func RawPage(kind string, l Lang, id string) (string, bool) {
	if kind != KindGuide && kind != KindFAQ {
		return "", false
	}
	for _, lang := range []Lang{l.known(), EN} {
		dir := path.Join(kind, string(lang))
		entries, err := fs.ReadDir(files, dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if m := docName().FindStringSubmatch(e.Name()); m != nil && m[1] == id {
				data, err := fs.ReadFile(files, path.Join(dir, e.Name()))
				return string(data), err == nil
			}
		}
	}
	return "", false
}
