package content

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// frontMatter holds the "key: value" pairs between the two "---" lines at
// the top of a markdown file.
type frontMatter map[string]string

// splitFrontMatter separates the front matter of a markdown file from its
// body. The body is returned with surrounding blank lines removed.
func splitFrontMatter(src string) (frontMatter, string, error) {
	src = strings.TrimPrefix(src, "\ufeff")
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return nil, "", errors.New(`front matter: file must start with a "---" line`)
	}
	fm := frontMatter{}
	for i := 1; i < len(lines); i++ {
		line := lines[i]
		if strings.TrimSpace(line) == "---" {
			body := strings.Join(lines[i+1:], "\n")
			return fm, strings.Trim(body, "\n \t"), nil
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return nil, "", fmt.Errorf("front matter line %d: want \"key: value\", got %q", i+1, line)
		}
		if _, dup := fm[key]; dup {
			return nil, "", fmt.Errorf("front matter line %d: duplicate key %q", i+1, key)
		}
		fm[key] = unquote(strings.TrimSpace(value))
	}
	return nil, "", errors.New(`front matter: no closing "---" line`)
}

// unquote removes one pair of matching surrounding quotes, if any.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		if v[0] == '"' {
			if u, err := strconv.Unquote(v); err == nil {
				return u
			}
		}
		return v[1 : len(v)-1]
	}
	return v
}

// check reports, all at once, keys of want that are missing or empty,
// keys of listed that are missing (their value may be empty: an empty
// list), and keys that are neither.
func (fm frontMatter) check(want []string, listed ...string) error {
	var errs []error
	known := map[string]bool{}
	for _, k := range want {
		known[k] = true
		if fm[k] == "" {
			errs = append(errs, fmt.Errorf("front matter: missing or empty %q", k))
		}
	}
	for _, k := range listed {
		known[k] = true
		if _, ok := fm[k]; !ok {
			errs = append(errs, fmt.Errorf("front matter: missing %q", k))
		}
	}
	var unknown []string
	for k := range fm {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		errs = append(errs, fmt.Errorf("front matter: unknown key %q", k))
	}
	return errors.Join(errs...)
}

// int parses an integer value.
func (fm frontMatter) int(key string) (int, error) {
	n, err := strconv.Atoi(fm[key])
	if err != nil {
		return 0, fmt.Errorf("front matter: %s: %q is not a number", key, fm[key])
	}
	return n, nil
}

// list parses a comma-separated value, with or without [brackets].
func (fm frontMatter) list(key string) []string {
	v := strings.TrimSpace(fm[key])
	v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	var out []string
	for _, item := range strings.Split(v, ",") {
		if item = unquote(strings.TrimSpace(item)); item != "" {
			out = append(out, item)
		}
	}
	return out
}
