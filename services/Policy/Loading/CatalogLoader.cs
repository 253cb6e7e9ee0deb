using System.Globalization;
using Employment.Policy.Calendar;
using Employment.Policy.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Employment.Policy.Loading;

/// <summary>
/// Reads the catalog folder (catalog/README.md describes it) and validates it whole: every problem is
/// collected with its file and line, and any problem fails the load.
/// </summary>
public static class CatalogLoader
{
    private static readonly string[] DocumentFields = ["id", "number", "title", "issuing_body", "date", "region", "seed", "note"];
    private static readonly string[] MeasureFields = ["id", "domain", "title", "clause", "lines", "quote", "region", "parameters", "note", "reader_note"];
    private static readonly string[] ParameterFields = ["key", "value", "unit", "region", "from", "until", "ruling", "clause", "lines", "note"];
    private static readonly string[] ConfigurationFields = ["key", "unit", "domain", "title", "why"];
    private static readonly string[] ConfiguredValueFields = ["key", "value", "unit", "region", "from", "until", "source", "sample", "note"];
    private static readonly string[] CalendarFields = ["year", "source", "holidays", "working_weekend_days", "sample", "note"];
    private static readonly string[] MaterialListFields = ["measure", "region", "from", "until", "source", "sample", "items", "note"];
    private static readonly string[] MaterialItemFields = ["kind", "name", "required", "files", "max_kb", "hint"];
    private static readonly string[] RemedyFields = ["region", "from", "until", "review_body", "court", "source", "sample", "note"];

    /// <summary>The kinds of file a material may be (as <c>files:</c> names them); what each is, is decided by its content.</summary>
    public static IReadOnlyList<string> MaterialFileTypes { get; } = ["pdf", "jpg", "png"];

    /// <summary>The most a catalog may let one file be: the contract's limit on a material (4 MiB).</summary>
    public const int MaterialMaxKb = 4096;
    private static readonly string[] Domains = ["loans", "training", "hiring", "startup", "categories", "jobs", "targets", "remedies"];

    /// <summary>Loads the catalog folder plus any further configuration folders (deployment or sample values).</summary>
    /// <param name="requiredKeys">Keys the calling code reads; each must be in the catalog.</param>
    public static PolicyCatalog Load(string catalogDirectory, IEnumerable<string>? requiredKeys = null, params string[] configurationDirectories)
    {
        var errors = new List<CatalogError>();
        var measures = new List<PolicyMeasure>();
        var configuration = new List<ConfigurationParameter>();
        var values = new List<ParameterValue>();
        var calendar = new List<CalendarYear>();
        var materials = new List<MaterialList>();
        var remedies = new List<RemedyBodies>();

        var documentsDirectory = Path.Combine(catalogDirectory, "documents");
        if (!Directory.Exists(documentsDirectory))
        {
            throw new CatalogValidationException([new CatalogError(new CatalogLocation(documentsDirectory, 0), "the catalog has no documents folder")]);
        }

        foreach (var folder in Directory.GetDirectories(documentsDirectory).Order(StringComparer.Ordinal))
        {
            LoadDocumentFolder(folder, measures, values, errors);
        }

        foreach (var directory in configurationDirectories.Prepend(Path.Combine(catalogDirectory, "configuration")))
        {
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
            {
                LoadConfigurationFile(file, configuration, values, calendar, materials, remedies, errors);
            }
        }

        CatalogValidator.Validate(values, configuration, requiredKeys ?? [], errors);
        ValidateMaterialPeriods(materials, [.. values.Select(v => v.Key), .. configuration.Select(c => c.Key)], errors);
        ValidateRemedyPeriods(remedies, errors);
        var names = ReadNames(Path.Combine(catalogDirectory, NamesFile), configuration, values, errors);
        var (audiences, borrowers) = ReadAudiences(Path.Combine(catalogDirectory, AudiencesFile), values, errors);
        var exclusions = ReadExclusions(Path.Combine(catalogDirectory, ExclusionsFile), values, errors);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }

        return new PolicyCatalog(measures, values, configuration, names) { Audiences = audiences, RecognisedBorrowerKeys = borrowers, Exclusions = exclusions, Calendar = new WorkingCalendar(calendar), Materials = materials, Remedies = remedies };
    }

    /// <summary>The file naming the measures that may not both pay for the same person, month or training.</summary>
    public const string ExclusionsFile = "exclusions.yaml";

    private static readonly Dictionary<string, ExclusionScope> Scopes = new(StringComparer.Ordinal)
    {
        ["person"] = ExclusionScope.Person,
        ["person_month"] = ExclusionScope.PersonMonth,
        ["same_training"] = ExclusionScope.SameTraining,
    };

    /// <summary>
    /// The exclusions, where the catalog has the file (a test's small catalog need not): each names a boolean
    /// key with values (where and when, and the clause), two measures that are prefixes of keys the catalog
    /// has, and a known scope; anything else is an error with its line.
    /// </summary>
    private static List<MeasureExclusion> ReadExclusions(string file, List<ParameterValue> values, List<CatalogError> errors)
    {
        var exclusions = new List<MeasureExclusion>();
        if (!File.Exists(file) || ReadRoot(file, errors) is not { } root)
        {
            return exclusions;
        }

        var top = new YamlReader(file, root, errors, "exclusions");
        top.RejectUnknownFields();
        var keys = values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in top.Items("exclusions", "key", "measures", "per"))
        {
            item.RejectUnknownFields();
            var key = item.RequiredString("key");
            if (!values.Any(v => v.Key == key && v.Unit == PolicyUnit.Boolean))
            {
                errors.Add(new CatalogError(item.Location, $"exclusion {key}: no document gives this key a boolean value"));
            }

            var measures = item.Field("measures") is YamlSequenceNode sequence
                ? sequence.Children.Select(m => (m as YamlScalarNode)?.Value ?? "").ToList()
                : [];
            if (measures.Count != 2)
            {
                errors.Add(new CatalogError(item.Location, $"exclusion {key}: 'measures' must name two measures"));
                continue;
            }

            foreach (var measure in measures.Where(m => !keys.Any(k => MeasureExclusion.IsUnder(k, m))))
            {
                errors.Add(new CatalogError(item.Location, $"exclusion {key}: no key of the catalog belongs to the measure '{measure}'"));
            }

            var per = item.RequiredString("per");
            if (!Scopes.TryGetValue(per, out var scope))
            {
                errors.Add(new CatalogError(item.Location, $"exclusion {key}: unknown 'per' '{per}' (known: {string.Join(", ", Scopes.Keys)})"));
                continue;
            }

            exclusions.Add(new MeasureExclusion(key, measures[0], measures[1], scope, item.Location));
        }

        return exclusions;
    }

    /// <summary>The file naming who measures are for, as the public list filters them.</summary>
    public const string AudiencesFile = "audiences.yaml";

    /// <summary>
    /// The audiences, where the catalog has the file (a test's small catalog need not): each with an
    /// id, a Chinese name and groups; a group no document names, or a group of the documents that no
    /// audience gathers, is an error, so a new 适用人员 list cannot slip past the public filter. With them
    /// the key prefixes of the measures lent to the groups the documents recognise (<c>recognised_borrowers</c>),
    /// each of which must begin some key.
    /// </summary>
    private static (List<Audience> Audiences, List<string> RecognisedBorrowers) ReadAudiences(string file, List<ParameterValue> values, List<CatalogError> errors)
    {
        var audiences = new List<Audience>();
        if (!File.Exists(file) || ReadRoot(file, errors) is not { } root)
        {
            return (audiences, []);
        }

        var top = new YamlReader(file, root, errors, "audiences", "recognised_borrowers");
        var borrowers = top.Field("recognised_borrowers") is YamlSequenceNode prefixes
            ? prefixes.Children.Select(p => (p as YamlScalarNode)?.Value ?? "").ToList()
            : [];
        foreach (var prefix in borrowers.Where(p => p.Length == 0 || !values.Any(v => v.Key.StartsWith(p, StringComparison.Ordinal))))
        {
            errors.Add(new CatalogError(top.Location, $"recognised_borrowers: no key begins with '{prefix}'"));
        }

        top.RejectUnknownFields();
        var groups = values.Where(v => v.Unit == PolicyUnit.Boolean).Select(v => Audience.GroupOf(v.Key)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var item in top.Items("audiences", "id", "name", "groups"))
        {
            item.RejectUnknownFields();
            var id = item.RequiredString("id");
            var name = item.RequiredString("name");
            var listed = item.Field("groups") is YamlSequenceNode sequence
                ? sequence.Children.Select(g => (g as YamlScalarNode)?.Value ?? "").ToList()
                : [];
            if (listed.Count == 0)
            {
                errors.Add(new CatalogError(item.Location, $"audience {id}: 'groups' must list at least one group"));
            }

            foreach (var unknown in listed.Where(g => !groups.Contains(g)))
            {
                errors.Add(new CatalogError(item.Location, $"audience {id}: no document names the group '{unknown}'"));
            }

            if (audiences.Any(a => a.Id == id))
            {
                errors.Add(new CatalogError(item.Location, $"audience {id} is listed twice"));
            }

            audiences.Add(new Audience(id, name, listed));
        }

        foreach (var group in groups.Where(g => !audiences.Any(a => a.Groups.Contains(g, StringComparer.Ordinal))).Order(StringComparer.Ordinal))
        {
            errors.Add(new CatalogError(top.Location, $"the group '{group}' belongs to no audience in {AudiencesFile}"));
        }

        return (audiences, borrowers);
    }

    /// <summary>The file naming each key in Chinese, for the people who read the public list.</summary>
    public const string NamesFile = "names.yaml";

    /// <summary>
    /// Each key's Chinese name: a configuration key's title, a document key's from names.yaml. Where the
    /// catalog has names.yaml (the shipped one does; a test's small catalog need not), a key with a value
    /// and no name, or a name for no key, is an error: the public list never shows a key.
    /// </summary>
    private static Dictionary<string, string> ReadNames(string file, List<ConfigurationParameter> configuration, List<ParameterValue> values, List<CatalogError> errors)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in configuration)
        {
            names[c.Key] = c.Title;
        }

        if (!File.Exists(file))
        {
            return names;
        }

        var root = ReadRoot(file, errors);
        if (root is null)
        {
            return names;
        }

        var top = new YamlReader(file, root, errors, "names");
        top.RejectUnknownFields();
        var keys = values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        if (top.Field("names") is YamlMappingNode mapping)
        {
            foreach (var (keyNode, nameNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                var name = (nameNode as YamlScalarNode)?.Value ?? "";
                if (name.Length == 0 || !keys.Contains(key) || !names.TryAdd(key, name))
                {
                    errors.Add(new CatalogError(new CatalogLocation(file, (int)keyNode.Start.Line), $"{key}: a name must be given once, in Chinese, for a key that has a value"));
                }
            }
        }
        else
        {
            errors.Add(new CatalogError(top.Location, "missing 'names' mapping"));
        }

        foreach (var value in values.Where(v => !names.ContainsKey(v.Key)).DistinctBy(v => v.Key))
        {
            errors.Add(new CatalogError(value.Location, $"{value.Key} has no Chinese name in {NamesFile}"));
        }

        return names;
    }

    private static void LoadDocumentFolder(string folder, List<PolicyMeasure> measures, List<ParameterValue> values, List<CatalogError> errors)
    {
        var documentFile = Path.Combine(folder, "document.yaml");
        var root = ReadRoot(documentFile, errors);
        if (root is null)
        {
            return;
        }

        var top = new YamlReader(documentFile, root, errors, "document");
        top.RejectUnknownFields();
        if (top.Field("document") is not YamlMappingNode documentNode)
        {
            errors.Add(new CatalogError(top.Location, "missing 'document' mapping"));
            return;
        }

        var d = new YamlReader(documentFile, documentNode, errors, DocumentFields);
        d.RejectUnknownFields();
        var document = new PolicyDocument(
            d.RequiredString("id"),
            d.RequiredString("number"),
            d.RequiredString("title"),
            d.OptionalString("issuing_body") ?? "",
            d.OptionalDate("date"),
            d.OptionalRegion("region") ?? Missing(d, "region", Region.National),
            d.OptionalString("seed"),
            d.OptionalString("note"),
            d.Location);
        if (document.Id != Path.GetFileName(folder))
        {
            errors.Add(new CatalogError(d.Location, $"document id '{document.Id}' differs from its folder name '{Path.GetFileName(folder)}'"));
        }

        // The 2022 collection and the Jiaozuo 2023 measures print neither date nor issuer for some
        // documents: allowed, but the gap must be explained where a reader of the file sees it.
        if ((document.Date is null || document.IssuingBody.Length == 0) && document.Note is null)
        {
            errors.Add(new CatalogError(d.Location, "a document without a date or issuing body must say why in 'note'"));
        }

        // A law outside the seeds (R29 names the 劳动法's minimum age) may be a document, but only where a
        // ruling brings it in, and the document must say where its text is.
        if (document.SeedFile is null && document.Note is null)
        {
            errors.Add(new CatalogError(d.Location, "a document outside the seeds (no 'seed') must say in 'note' what it is and which ruling brings it in"));
        }

        var measureIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) != "document.yaml").Order(StringComparer.Ordinal))
        {
            var measureRoot = ReadRoot(file, errors);
            if (measureRoot is null)
            {
                continue;
            }

            var fileReader = new YamlReader(file, measureRoot, errors, "measures");
            fileReader.RejectUnknownFields();
            foreach (var m in fileReader.Items("measures", MeasureFields))
            {
                m.RejectUnknownFields();
                var measure = ReadMeasure(document, m, measureIds, errors);
                measures.Add(measure);
                values.AddRange(measure.Parameters);
            }
        }
    }

    private static PolicyMeasure ReadMeasure(PolicyDocument document, YamlReader m, HashSet<string> measureIds, List<CatalogError> errors)
    {
        var id = m.RequiredString("id");
        if (!measureIds.Add(id))
        {
            errors.Add(new CatalogError(m.Location, $"measure id '{id}' is used twice in document {document.Id}"));
        }

        var domain = m.RequiredString("domain");
        if (domain.Length > 0 && !Domains.Contains(domain))
        {
            errors.Add(new CatalogError(m.Location, $"unknown domain '{domain}' (known: {string.Join(", ", Domains)})"));
        }

        var clause = m.RequiredString("clause");
        var lines = m.OptionalString("lines");
        var quote = m.OptionalString("quote");
        var region = m.OptionalRegion("region") ?? document.Region;
        var parameters = new List<ParameterValue>();
        var qualifiedId = document.Id + "/" + id;
        foreach (var p in m.Items("parameters", ParameterFields))
        {
            p.RejectUnknownFields();
            var key = p.RequiredString("key");
            var parameterClause = p.OptionalString("clause") ?? clause;
            var source = new PolicySource(document.Number, document.Title, parameterClause, document.IssuingBody, document.Region,
                document.Date, document.SeedFile, p.OptionalString("lines") ?? lines, quote, p.OptionalString("ruling"), IsConfiguration: false);
            var value = ReadValue(p, key);
            if (value is null)
            {
                continue;
            }

            if (document.SeedFile is null && source.RulingId is null)
            {
                errors.Add(new CatalogError(p.Location, $"{key}: a value of a document outside the seeds must cite the ruling that brings it in"));
            }

            parameters.Add(new ParameterValue(key, value.Value, p.OptionalRegion("region") ?? region,
                p.OptionalDate("from") ?? Missing(p, "from", DateOnly.MinValue), p.OptionalDate("until"), source,
                IsSample: false, qualifiedId, p.Location));
        }

        return new PolicyMeasure(document, id, domain, m.RequiredString("title"), clause, lines, quote, parameters, m.Location)
        {
            ReaderNote = m.OptionalString("reader_note"),
        };
    }

    private static void LoadConfigurationFile(string file, List<ConfigurationParameter> configuration, List<ParameterValue> values, List<CalendarYear> calendar,
        List<MaterialList> materials, List<RemedyBodies> remedies, List<CatalogError> errors)
    {
        var root = ReadRoot(file, errors);
        if (root is null)
        {
            return;
        }

        var top = new YamlReader(file, root, errors, "configuration", "values", "calendar", "materials", "remedies");
        top.RejectUnknownFields();
        foreach (var c in top.Items("configuration", ConfigurationFields))
        {
            c.RejectUnknownFields();
            var unit = ReadUnit(c);
            configuration.Add(new ConfigurationParameter(c.RequiredString("key"), unit ?? PolicyUnit.Count, c.RequiredString("domain"),
                c.RequiredString("title"), c.RequiredString("why"), c.Location));
        }

        foreach (var v in top.Items("values", ConfiguredValueFields))
        {
            v.RejectUnknownFields();
            var key = v.RequiredString("key");
            var sourceText = v.RequiredString("source");
            var region = v.OptionalRegion("region") ?? Missing(v, "region", Region.National);
            var value = ReadValue(v, key);
            if (value is null)
            {
                continue;
            }

            var source = new PolicySource(sourceText, "", "", "", region, null, null, null, null, "R3", IsConfiguration: true);
            values.Add(new ParameterValue(key, value.Value, region, v.OptionalDate("from") ?? Missing(v, "from", DateOnly.MinValue),
                v.OptionalDate("until"), source, v.OptionalBool("sample"), null, v.Location));
        }

        foreach (var y in top.Items("calendar", CalendarFields))
        {
            y.RejectUnknownFields();
            calendar.Add(ReadCalendarYear(y, calendar));
        }

        foreach (var m in top.Items("materials", MaterialListFields))
        {
            m.RejectUnknownFields();
            if (ReadMaterialList(m) is { } list)
            {
                materials.Add(list);
            }
        }

        foreach (var r in top.Items("remedies", RemedyFields))
        {
            r.RejectUnknownFields();
            remedies.Add(new RemedyBodies(r.OptionalRegion("region") ?? Missing(r, "region", Region.National), r.OptionalDate("from") ?? Missing(r, "from", DateOnly.MinValue),
                r.OptionalDate("until"), r.RequiredString("review_body"), r.RequiredString("court"), r.RequiredString("source"), r.OptionalBool("sample"), r.Location));
        }
    }

    /// <summary>One review body and court per region and day (a sample and a deployment's may overlap: the deployment's wins).</summary>
    private static void ValidateRemedyPeriods(List<RemedyBodies> remedies, List<CatalogError> errors)
    {
        foreach (var group in remedies.GroupBy(r => (r.Region, r.IsSample)))
        {
            var ordered = group.OrderBy(r => r.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].Until is not { } until || until >= ordered[i].From)
                {
                    errors.Add(new CatalogError(ordered[i].Location, $"the remedies of {group.Key.Region} overlap those at {ordered[i - 1].Location.File}:{ordered[i - 1].Location.Line}"));
                }
            }
        }
    }

    /// <summary>A measure's 申报材料 in a region from a day: each item a kind (Latin, as a request names it), its name, its files and size.</summary>
    private static MaterialList? ReadMaterialList(YamlReader m)
    {
        var measure = m.RequiredString("measure");
        var region = m.OptionalRegion("region") ?? Missing(m, "region", Region.National);
        var from = m.OptionalDate("from") ?? Missing(m, "from", DateOnly.MinValue);
        var items = new List<MaterialItem>();
        foreach (var i in m.Items("items", MaterialItemFields))
        {
            i.RejectUnknownFields();
            var kind = i.RequiredString("kind");
            if (kind.Length > 0 && (kind.Length > 40 || !kind.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')))
            {
                i.Error(i.Field("kind")!, $"'kind' must be lower-case Latin letters, digits and '_' (at most 40), not '{kind}'");
            }

            if (items.Exists(x => x.Kind == kind))
            {
                i.Error(i.Field("kind")!, $"the material '{kind}' is listed twice for {measure}");
            }

            var files = i.Strings("files").ToList();
            foreach (var unknown in files.Where(f => !MaterialFileTypes.Contains(f)))
            {
                i.Error(i.Field("files")!, $"unknown file type '{unknown}' (known: {string.Join(", ", MaterialFileTypes)})");
            }

            var maxKbText = i.RequiredString("max_kb");
            var maxKb = int.TryParse(maxKbText, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) && kb is > 0 and <= MaterialMaxKb ? kb : 0;
            if (maxKb == 0 && maxKbText.Length > 0)
            {
                i.Error(i.Field("max_kb")!, $"'max_kb' must be a whole number from 1 to {MaterialMaxKb}, not '{maxKbText}'");
            }

            items.Add(new MaterialItem(kind, i.RequiredString("name"), i.OptionalBool("required"), files.Count > 0 ? files : MaterialFileTypes, maxKb * 1024L, i.OptionalString("hint") ?? ""));
        }

        if (items.Count == 0)
        {
            m.Error(m.Node, $"the materials of {measure} list no items");
        }

        return new MaterialList(measure, region, from, m.OptionalDate("until"), m.RequiredString("source"), m.OptionalBool("sample"), items, m.Location);
    }

    /// <summary>Each list a measure the catalog has; one list per measure, region and day (a sample and a deployment's list may overlap: the deployment's wins).</summary>
    private static void ValidateMaterialPeriods(List<MaterialList> materials, IReadOnlyList<string> keys, List<CatalogError> errors)
    {
        foreach (var unknown in materials.Where(m => m.Measure.Length > 0 && !keys.Any(k => k.StartsWith(m.Measure + ".", StringComparison.Ordinal))))
        {
            errors.Add(new CatalogError(unknown.Location, $"'{unknown.Measure}' is no measure of the catalog (no key starts with it)"));
        }

        foreach (var group in materials.GroupBy(m => (m.Measure, m.Region, m.IsSample)))
        {
            var ordered = group.OrderBy(m => m.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].Until is not { } until || until >= ordered[i].From)
                {
                    errors.Add(new CatalogError(ordered[i].Location, $"the materials of {group.Key.Measure} in {group.Key.Region} overlap the list at {ordered[i - 1].Location.File}:{ordered[i - 1].Location.Line}"));
                }
            }
        }
    }

    /// <summary>One year's 节假日安排: every day within the year, a holiday not also a worked weekend day, a worked day a weekend day.</summary>
    private static CalendarYear ReadCalendarYear(YamlReader y, List<CalendarYear> loaded)
    {
        var yearText = y.RequiredString("year");
        var year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 2000 and <= 2100 ? parsed : 0;
        if (year == 0 && yearText.Length > 0)
        {
            y.Error(y.Field("year")!, $"'year' must be a year from 2000 to 2100, not '{yearText}'");
        }

        var sample = y.OptionalBool("sample");
        if (year != 0 && loaded.Any(l => l.Year == year && l.IsSample == sample))
        {
            y.Error(y.Field("year")!, $"the calendar of {year} is configured twice");
        }

        var holidays = y.Dates("holidays").ToHashSet();
        var worked = y.Dates("working_weekend_days").ToHashSet();
        foreach (var day in holidays.Concat(worked).Where(d => year != 0 && d.Year != year))
        {
            y.Error(y.Node, $"{day:yyyy-MM-dd} is not in {year}");
        }

        foreach (var day in worked.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            y.Error(y.Node, $"{day:yyyy-MM-dd} is a weekday: only a Saturday or Sunday can be a worked 调休 day");
        }

        foreach (var day in holidays.Intersect(worked))
        {
            y.Error(y.Node, $"{day:yyyy-MM-dd} is both a holiday and a worked day");
        }

        return new CalendarYear(year, y.RequiredString("source"), holidays, worked, sample);
    }

    private static PolicyUnit? ReadUnit(YamlReader p)
    {
        var unitName = p.RequiredString("unit");
        if (PolicyUnits.TryParse(unitName, out var unit))
        {
            return unit;
        }

        if (unitName.Length > 0)
        {
            p.Error(p.Field("unit")!, $"unknown unit '{unitName}' (known: {string.Join(", ", PolicyUnits.Names)})");
        }

        return null;
    }

    private static PolicyValue? ReadValue(YamlReader p, string key)
    {
        var unit = ReadUnit(p);
        var text = p.RequiredString("value");
        if (unit is null || text.Length == 0)
        {
            return null;
        }

        var at = p.Field("value")!;
        switch (unit.Value)
        {
            case PolicyUnit.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return PolicyValue.Of(date);
                }

                break;
            case PolicyUnit.Boolean:
                if (text is "true" or "false")
                {
                    return PolicyValue.Of(text == "true");
                }

                break;
            default:
                if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    && number >= 0
                    && (!unit.Value.IsInteger() || number == decimal.Truncate(number)))
                {
                    return PolicyValue.Number(unit.Value, number);
                }

                break;
        }

        p.Error(at, $"value '{text}' of {key} is not a valid {unit.Value.Name()} value");
        return null;
    }

    private static T Missing<T>(YamlReader reader, string field, T fallback)
    {
        reader.Errors.Add(new CatalogError(reader.Location, $"missing '{field}'"));
        return fallback;
    }

    private static YamlMappingNode? ReadRoot(string file, List<CatalogError> errors)
    {
        if (!File.Exists(file))
        {
            errors.Add(new CatalogError(new CatalogLocation(file, 0), "file missing"));
            return null;
        }

        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add(new CatalogError(new CatalogLocation(file, 1), "the file must hold one YAML mapping"));
        }
        catch (YamlException ex)
        {
            errors.Add(new CatalogError(new CatalogLocation(file, (int)ex.Start.Line), "not valid YAML: " + ex.Message));
        }

        return null;
    }
}
