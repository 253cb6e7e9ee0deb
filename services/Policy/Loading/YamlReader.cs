using System.Globalization;
using Employment.Policy.Model;
using YamlDotNet.RepresentationModel;

namespace Employment.Policy.Loading;

/// <summary>
/// Typed reads from one YAML mapping with the file and line of each field, recording an error
/// (rather than throwing) for anything missing, malformed or unknown.
/// </summary>
internal sealed class YamlReader(string file, YamlMappingNode node, List<CatalogError> errors, params string[] knownFields)
{
    public CatalogLocation Location { get; } = new(file, (int)node.Start.Line);

    public string File => file;

    public YamlMappingNode Node => node;

    public void RejectUnknownFields()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!knownFields.Contains(name))
            {
                Error(key, $"unknown field '{name}' (known: {string.Join(", ", knownFields)})");
            }
        }
    }

    public YamlNode? Field(string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value : null;

    public string? OptionalString(string name) => Field(name) switch
    {
        null => null,
        YamlScalarNode { Value: var v } => string.IsNullOrWhiteSpace(v) ? null : v,
        var other => Error<string?>(other, $"'{name}' must be text"),
    };

    public string RequiredString(string name)
    {
        var value = OptionalString(name);
        if (value is null)
        {
            Errors.Add(new CatalogError(Location, $"missing '{name}'"));
            return "";
        }

        return value;
    }

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return Error<DateOnly?>(Field(name)!, $"'{name}' is '{text}', not a date like 2023-12-31");
    }

    public Region? OptionalRegion(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return Region.TryParse(text, out var region)
            ? region
            : Error<Region?>(Field(name)!, $"'{name}' is '{text}', not a region (CN, 410000, 410800, 419001 or another six-digit code)");
    }

    public bool OptionalBool(string name)
    {
        var text = OptionalString(name);
        return text switch
        {
            null or "false" => false,
            "true" => true,
            _ => Error<bool>(Field(name)!, $"'{name}' must be true or false"),
        };
    }

    /// <summary>A list of dates (yyyy-MM-dd); each malformed entry is an error.</summary>
    public IEnumerable<DateOnly> Dates(string name)
    {
        switch (Field(name))
        {
            case null:
                yield break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } text } && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                    {
                        yield return day;
                    }
                    else
                    {
                        Error(item, $"each entry of '{name}' must be a date written yyyy-MM-dd");
                    }
                }

                break;
            case var other:
                Error(other, $"'{name}' must be a list of dates");
                break;
        }
    }

    /// <summary>A list of plain words; each entry that is not one is an error.</summary>
    public IEnumerable<string> Strings(string name)
    {
        switch (Field(name))
        {
            case null:
                yield break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        yield return text;
                    }
                    else
                    {
                        Error(item, $"each entry of '{name}' must be a word");
                    }
                }

                break;
            case var other:
                Error(other, $"'{name}' must be a list");
                break;
        }
    }

    public IEnumerable<YamlReader> Items(string name, params string[] itemFields)
    {
        switch (Field(name))
        {
            case null:
                yield break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is YamlMappingNode mapping)
                    {
                        yield return new YamlReader(file, mapping, errors, itemFields);
                    }
                    else
                    {
                        Error(item, $"each entry of '{name}' must be a mapping");
                    }
                }

                break;
            case var other:
                Error(other, $"'{name}' must be a list");
                break;
        }
    }

    public List<CatalogError> Errors => errors;

    public CatalogLocation LocationOf(YamlNode field) => new(file, (int)field.Start.Line);

    public void Error(YamlNode at, string message) => errors.Add(new CatalogError(LocationOf(at), message));

    private T Error<T>(YamlNode at, string message)
    {
        Error(at, message);
        return default!;
    }
}
