package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// The driver loads packages as go/packages does in LoadSyntax mode (the
// named packages from source, their dependencies from the compiler's export
// data), but type-checks them itself, so that a package is analyzed as soon
// as it is type-checked, while the packages that import it are still being
// type-checked. packages.Load returns only when the last package is
// type-checked: a module whose packages import each other in a long chain
// type-checks them one after the other, on one core, and the analysis
// would wait for the end of the chain with the other core idle.
//
// What go/packages decides, this loader decides the same way: which
// packages come from source (the named ones, any that imports one, and any
// without export data), how errors become Package.Errors, what makes a
// package IllTyped.

// listMode is what go list tells about every package in the build: files,
// imports, export data, module, sizes. No types: the loader builds them.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile |
	packages.NeedTypesSizes | packages.NeedModule

// parseMode is go/packages' own.
const parseMode = parser.AllErrors | parser.ParseComments

// loadNode is one package of the build as the loader sees it.
type loadNode struct {
	pkg       *packages.Package
	named     bool // named on the command line: analyzed
	needsrc   bool // type-checked from source
	needtypes bool // its types are needed: from source, or from export data for a package from source that imports it
	ready     chan struct{}
	exportErr error // why the export data did not load
}

type loader struct {
	fset     *token.FileSet
	nodes    map[*packages.Package]*loadNode
	paths    map[string]bool // the paths of the packages in nodes
	cpu      chan struct{}   // parsing and type-checking: one per core
	io       chan struct{}   // files read at once: 20, as go/packages
	exportMu sync.Mutex      // export data reads fill the shared types.Packages
	parseMu  sync.Mutex
	parsed   map[string]*parsed // by file name
}

// newLoader prepares to load the packages that roots import, transitively.
func newLoader(roots []*packages.Package) *loader {
	l := &loader{
		fset:   token.NewFileSet(),
		nodes:  map[*packages.Package]*loadNode{},
		paths:  map[string]bool{},
		parsed: map[string]*parsed{},
		cpu:    make(chan struct{}, runtime.GOMAXPROCS(0)),
		io:     make(chan struct{}, 20),
	}
	named := make(map[*packages.Package]bool, len(roots))
	for _, p := range roots {
		named[p] = true
	}
	var visit func(p *packages.Package) *loadNode
	visit = func(p *packages.Package) *loadNode {
		if n := l.nodes[p]; n != nil {
			return n
		}
		n := &loadNode{pkg: p, named: named[p], ready: make(chan struct{})}
		// A named package comes from source, and so does one without
		// export data (it did not compile): go/packages type-checks it
		// for what can be known of it.
		n.needsrc = p.PkgPath != "unsafe" && (n.named || p.ExportFile == "")
		n.needtypes = n.named
		l.nodes[p] = n
		l.paths[p.PkgPath] = true
		for _, imp := range p.Imports {
			if visit(imp).needsrc {
				// Export data cannot refer to a package built from
				// source: the importer comes from source too.
				n.needsrc = true
			}
		}
		return n
	}
	for _, p := range roots {
		visit(p)
	}
	for _, n := range l.nodes {
		if n.needsrc {
			n.needtypes = true
			for _, imp := range n.pkg.Imports {
				l.nodes[imp].needtypes = true
			}
		}
	}
	return l
}

// load loads every package, each once its imports are loaded, and calls
// checked with each named package once it is type-checked (from several
// goroutines). It returns when every package is loaded.
func (l *loader) load(checked func(*packages.Package)) {
	for _, n := range l.nodes {
		p := n.pkg
		p.Fset = l.fset
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
			p.Syntax = []*ast.File{}
			p.TypesInfo = newTypesInfo()
		} else {
			// Created up front: export data refers to the packages
			// that it imports, and fills these.
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
	}
	// The packages from export data load first, all of them: reading
	// export data fills the types.Packages of the packages it mentions,
	// while the analyzers, unlike go/types, may look at any package in
	// reach (a scope's names) as soon as they run. None of them imports
	// a package from source (newLoader), so none waits for one.
	var exports sync.WaitGroup
	for _, n := range l.nodes {
		if n.needsrc {
			continue
		}
		exports.Go(func() {
			defer close(n.ready)
			for _, imp := range n.pkg.Imports {
				<-l.nodes[imp].ready
			}
			if n.needtypes && n.pkg.PkgPath != "unsafe" {
				if err := l.loadExport(n); err != nil {
					n.exportErr = err
					n.pkg.Errors = append(n.pkg.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
				}
			}
		})
	}
	exported := make(chan struct{})
	go func() { exports.Wait(); close(exported) }()
	var wg sync.WaitGroup
	for _, n := range l.nodes {
		if !n.needsrc && n.named && checked != nil { // unsafe
			wg.Go(func() { <-exported; checked(n.pkg) })
		}
	}
	for _, n := range l.nodes {
		if !n.needsrc {
			continue
		}
		wg.Go(func() {
			defer close(n.ready)
			// Parsing needs nothing of the imports: it starts at
			// once, and only type-checking waits for them.
			files, parseErrs := l.parseFiles(n.pkg.CompiledGoFiles)
			<-exported
			for _, imp := range n.pkg.Imports {
				<-l.nodes[imp].ready
			}
			l.check(n, files, parseErrs)
			if n.named && checked != nil {
				checked(n.pkg)
			}
		})
	}
	exports.Wait()
	wg.Wait()
}

func newTypesInfo() *types.Info {
	return &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
}

// parsed is a file parsed once for all the packages that hold it: a
// package and its test variant, and the dependencies that the test
// recompiles, share their files, and go/packages parses each once.
type parsed struct {
	ready chan struct{}
	file  *ast.File
	err   error
}

// parseFile parses the file name, or waits for the goroutine that does.
func (l *loader) parseFile(name string) (*ast.File, error) {
	l.parseMu.Lock()
	f := l.parsed[name]
	if f == nil {
		f = &parsed{ready: make(chan struct{})}
		l.parsed[name] = f
		l.parseMu.Unlock()
		defer close(f.ready)
		l.io <- struct{}{}
		src, err := os.ReadFile(name)
		<-l.io
		if err != nil {
			f.err = err
			return nil, err
		}
		l.cpu <- struct{}{}
		f.file, f.err = parser.ParseFile(l.fset, name, src, parseMode)
		<-l.cpu
		return f.file, f.err
	}
	l.parseMu.Unlock()
	<-f.ready
	return f.file, f.err
}

// parseFiles parses the files in parallel and returns, in their order,
// those that parsed (even in part), and the errors.
func (l *loader) parseFiles(names []string) ([]*ast.File, []error) {
	files := make([]*ast.File, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() { files[i], errs[i] = l.parseFile(name) })
	}
	wg.Wait()
	var okFiles []*ast.File
	var okErrs []error
	for i := range names {
		if files[i] != nil {
			okFiles = append(okFiles, files[i])
		}
		if errs[i] != nil {
			okErrs = append(okErrs, errs[i])
		}
	}
	return okFiles, okErrs
}

// check type-checks the package of n from its parsed files.
func (l *loader) check(n *loadNode, files []*ast.File, parseErrs []error) {
	p := n.pkg
	appendError := func(err error) {
		var pe *os.PathError
		var list scanner.ErrorList
		var te types.Error
		switch {
		case errors.As(err, &te):
			p.TypeErrors = append(p.TypeErrors, te)
			p.Errors = append(p.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
		case errors.As(err, &list):
			for _, e := range list {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		case errors.As(err, &pe):
			p.Errors = append(p.Errors, packages.Error{Pos: pe.Path + ":1", Msg: pe.Err.Error(), Kind: packages.ParseError})
		default:
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
	}
	if len(p.CompiledGoFiles) == 0 && p.ExportFile != "" {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: fmt.Sprintf("sources missing for package %s", p.ID), Kind: packages.ParseError})
		// As go/packages: its types from export data, if any.
		n.exportErr = l.loadExport(n)
		return
	}
	for _, err := range parseErrs {
		appendError(err)
	}
	p.Syntax = files
	p.TypesInfo = newTypesInfo()
	importer := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		imp := p.Imports[path]
		if imp == nil {
			// go/packages drops an import that closes a cycle,
			// and one go list could not find.
			if l.paths[path] {
				return nil, errors.New("import cycle")
			}
			return nil, fmt.Errorf("no metadata for %s", path)
		}
		if in := l.nodes[imp]; in.exportErr != nil {
			return nil, in.exportErr
		}
		return imp.Types, nil
	})
	tc := &types.Config{
		Importer: importer,
		// Only the named packages are analyzed: the others need
		// their declarations, as go/packages checks them.
		IgnoreFuncBodies: !n.named,
		Error:            appendError,
		Sizes:            p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	l.cpu <- struct{}{}
	typErr := types.NewChecker(tc, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	<-l.cpu
	if typErr != nil && len(p.Errors) == 0 && len(p.Syntax) > 0 {
		if msg := typErr.Error(); strings.HasPrefix(msg, "package requires newer Go version") {
			appendError(types.Error{Fset: l.fset, Pos: p.Syntax[0].Package, Msg: msg})
		}
	}
	if typErr != nil && len(p.Errors) == 0 {
		appendError(typErr)
	}
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}

// loadExport reads the types of n's package from its export data, filling
// the types.Packages of the packages it refers to.
func (l *loader) loadExport(n *loadNode) error {
	p := n.pkg
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	if p.Types != nil && p.Types.Complete() {
		return nil
	}
	p.IllTyped = true
	if p.ExportFile == "" {
		return errors.New("no export data file")
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	// The packages that the export data may mention: those p imports,
	// transitively, under their paths (a test variant of a dependency
	// shares its path, so the map is built for each package).
	view := map[string]*types.Package{}
	seen := map[*packages.Package]bool{}
	var visit func(imports map[string]*packages.Package)
	visit = func(imports map[string]*packages.Package) {
		for _, imp := range imports {
			if !seen[imp] {
				seen[imp] = true
				view[imp.PkgPath] = imp.Types
				visit(imp.Imports)
			}
		}
	}
	visit(p.Imports)
	tpkg, err := gcexportdata.Read(r, l.fset, view, p.PkgPath)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	p.Types = tpkg
	p.IllTyped = false
	return nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
