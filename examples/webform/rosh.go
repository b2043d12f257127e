package main

// This file holds the case form's part for the case manager's rationale
// for the risk of serious harm level (A3.4; record.Case.RoSHRationale,
// classification.Rationale): its level, the three facts the source's
// sentence on a Low level reads, and the considerations relied on, one row
// each.

import (
	"fmt"
	"strconv"

	"github.com/yjinspect/yjinspect/classification"
)

// roshPrefix begins the names of the rationale's fields.
const roshPrefix = "rosh."

// maxRoSHRows bounds the consideration rows a posted form may hold.
const maxRoSHRows = 60

// roshSpareRows is how many empty consideration rows the form offers.
const roshSpareRows = 2

// roshFacts are the rationale's yes/no facts: field name, the question in
// the source's words (A3.4), and the field of the rationale.
var roshFacts = []struct {
	Name, Label string
	ptr         func(*classification.Rationale) **bool
}{
	{"rosh.currentFactors", "Are there current factors indicating the potential for seriously harmful behaviour?", func(r *classification.Rationale) **bool { return &r.CurrentFactors }},
	{"rosh.mitigated", "Are those factors mitigated by a combination of internal and external factors?", func(r *classification.Rationale) **bool { return &r.Mitigated }},
	{"rosh.stable", "Are the circumstances of the child stable and likely to remain so?", func(r *classification.Rationale) **bool { return &r.Stable }},
}

// roshRowField is the field name of part of a consideration row.
func roshRowField(i int, part string) string {
	return roshPrefix + "c" + strconv.Itoa(i) + "." + part
}

// roshValues writes a rationale's form values into fields.
func roshValues(r *classification.Rationale, fields map[string]string) {
	if r == nil {
		return
	}
	if r.Level != 0 {
		fields["rosh.level"] = r.Level.String()
	}
	for _, f := range roshFacts {
		if p := *f.ptr(r); p != nil {
			fields[f.Name] = map[bool]string{true: "yes", false: "no"}[*p]
		}
	}
	for i, c := range r.Considerations {
		if c.Type != 0 {
			fields[roshRowField(i, "type")] = c.Type.String()
		}
		if c.Use != 0 {
			fields[roshRowField(i, "use")] = c.Use.String()
		}
		if c.Constraint != 0 {
			fields[roshRowField(i, "constraint")] = c.Constraint.String()
		}
		if c.Note != "" {
			fields[roshRowField(i, "note")] = c.Note
		}
	}
}

// roshRows is the number of consideration rows the values fill.
func roshRows(fields map[string]string) int {
	n := 0
	for i := range maxRoSHRows {
		for _, part := range []string{"type", "use", "constraint", "note"} {
			if fields[roshRowField(i, part)] != "" {
				n = i + 1
			}
		}
	}
	return n
}

// parseRoSH reads the rationale from the form's fields: nil when nothing of
// it is filled in.
func parseRoSH(fields map[string]string, errs *formErrors) *classification.Rationale {
	var r classification.Rationale
	filled := false
	if raw := fields["rosh.level"]; raw != "" {
		filled = true
		l, err := classification.ParseLevel(raw)
		if err != nil {
			errs.add("rosh.level", "field-rosh.level", "RoSH rationale: level", fmt.Sprintf("%q is not a level.", raw))
		}
		r.Level = l
	}
	for _, f := range roshFacts {
		switch raw := fields[f.Name]; raw {
		case "":
		case "yes", "no":
			filled = true
			*f.ptr(&r) = new(raw == "yes")
		default:
			errs.add(f.Name, "field-"+f.Name, f.Label, fmt.Sprintf("%q is not yes, no or not recorded.", raw))
		}
	}
	for i := range roshRows(fields) {
		get := func(part string) string { return fields[roshRowField(i, part)] }
		if get("type") == "" && get("use") == "" && get("constraint") == "" && get("note") == "" {
			continue
		}
		filled = true
		anchor := "rosh-row-" + strconv.Itoa(i)
		label := fmt.Sprintf("RoSH rationale: consideration %d", i+1)
		var c classification.Consideration
		t, err := classification.ParseConsiderationType(get("type"))
		if err != nil || t == 0 {
			errs.add(roshRowField(i, "type"), anchor, label, "Choose what was considered, or clear the row.")
		}
		c.Type = t
		if raw := get("use"); raw != "" {
			if c.Use, err = classification.ParseUse(raw); err != nil {
				errs.add(roshRowField(i, "use"), anchor, label, fmt.Sprintf("%q is not raise or lower.", raw))
			}
		}
		if raw := get("constraint"); raw != "" {
			if c.Constraint, err = classification.ParseConstraint(raw); err != nil {
				errs.add(roshRowField(i, "constraint"), anchor, label, fmt.Sprintf("%q is not one of the constraints.", raw))
			}
		}
		c.Note = get("note")
		r.Considerations = append(r.Considerations, c)
	}
	if !filled {
		return nil
	}
	if r.Level == 0 && fields["rosh.level"] == "" {
		errs.add("rosh.level", "field-rosh.level", "RoSH rationale: level", "Choose the level the rationale is for, or clear the rationale.")
	}
	return &r
}

// roshView is the rationale's part of the case form.
type roshView struct {
	Level selectView
	Facts []selectView
	Rows  []roshRowView
}

type roshRowView struct {
	N                     int // 1-based
	Anchor                string
	Type, Use, Constraint selectView
	NoteName, Note, Error string
}

var (
	considerationOptions = func() []option {
		opts := []option{{"", "not recorded", false}}
		for t := classification.StaticFactors; t <= classification.VictimArrangementsCompliance; t++ {
			opts = append(opts, option{Value: t.String(), Label: t.Label()})
		}
		return opts
	}()
	useOptions        = append([]option{{"", "not recorded", false}}, options(classification.Raise, classification.Lower)...)
	constraintOptions = func() []option {
		opts := []option{{"", "not recorded or not relevant", false}}
		for c := classification.Custody; c <= classification.OtherConstraint; c++ {
			opts = append(opts, option{Value: c.String(), Label: c.Label()})
		}
		return opts
	}()
)

// roshForm builds the rationale's part of the form from its values.
func roshForm(v formValues, errs formErrors) roshView {
	rv := roshView{Level: selectView{Name: "rosh.level", Label: "The RoSH level the rationale is for", Error: errs.fields["rosh.level"], Options: choose(levelOptions(), v.Fields["rosh.level"])}}
	for _, f := range roshFacts {
		rv.Facts = append(rv.Facts, selectView{Name: f.Name, Label: f.Label, Error: errs.fields[f.Name], Options: choose(factOptions, v.Fields[f.Name])})
	}
	for i := range roshRows(v.Fields) + roshSpareRows {
		row := roshRowView{N: i + 1, Anchor: "rosh-row-" + strconv.Itoa(i), NoteName: roshRowField(i, "note"), Note: v.Fields[roshRowField(i, "note")]}
		sel := func(part, label string, opts []option) selectView {
			name := roshRowField(i, part)
			if e := errs.fields[name]; e != "" {
				row.Error = e
			}
			return selectView{Name: name, Label: label, Options: choose(opts, v.Fields[name])}
		}
		row.Type = sel("type", "What was considered", considerationOptions)
		row.Use = sel("use", "Used to", useOptions)
		row.Constraint = sel("constraint", "What removed access to victims", constraintOptions)
		rv.Rows = append(rv.Rows, row)
	}
	return rv
}
