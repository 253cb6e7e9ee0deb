using Employment.Policy.Model;

namespace Employment.Policy.Loading;

/// <summary>Checks that hold across files: periods, overlaps, one unit per key, and the keys code needs.</summary>
internal static class CatalogValidator
{
    public static void Validate(
        IReadOnlyList<ParameterValue> values,
        IReadOnlyList<ConfigurationParameter> configuration,
        IEnumerable<string> requiredKeys,
        List<CatalogError> errors)
    {
        foreach (var value in values.Where(v => v.Until is { } until && until < v.From))
        {
            errors.Add(new CatalogError(value.Location, $"{value.Key}: 'from' {value.From:yyyy-MM-dd} is after 'until' {value.Until:yyyy-MM-dd}"));
        }

        foreach (var value in values.Where(v => !v.Source.IsConfiguration && string.IsNullOrWhiteSpace(v.Source.Clause)))
        {
            errors.Add(new CatalogError(value.Location, $"{value.Key}: no clause cited"));
        }

        var units = new Dictionary<string, (PolicyUnit Unit, CatalogLocation Location)>(StringComparer.Ordinal);
        foreach (var c in configuration)
        {
            if (!units.TryAdd(c.Key, (c.Unit, c.Location)))
            {
                errors.Add(new CatalogError(c.Location, $"{c.Key}: declared as configuration twice (first at {units[c.Key].Location})"));
            }
        }

        foreach (var value in values)
        {
            if (!units.TryAdd(value.Key, (value.Unit, value.Location)) && units[value.Key].Unit != value.Unit)
            {
                errors.Add(new CatalogError(value.Location,
                    $"{value.Key}: unit {value.Unit.Name()} differs from {units[value.Key].Unit.Name()} at {units[value.Key].Location}"));
            }
        }

        var configurationKeys = configuration.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var value in values.Where(v => v.Source.IsConfiguration && !configurationKeys.Contains(v.Key)))
        {
            errors.Add(new CatalogError(value.Location, $"{value.Key}: a configured value for a key that no configuration declaration names"));
        }

        foreach (var group in values.GroupBy(v => (v.Key, v.Region, v.IsSample)))
        {
            var ordered = group.OrderBy(v => v.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var previous = ordered[i - 1];
                if (previous.Until is null || previous.Until >= ordered[i].From)
                {
                    errors.Add(new CatalogError(ordered[i].Location,
                        $"{group.Key.Key} in {group.Key.Region}: period from {ordered[i].From:yyyy-MM-dd} overlaps the one at {previous.Location}"));
                }
            }
        }

        foreach (var key in requiredKeys.Distinct(StringComparer.Ordinal))
        {
            if (!units.ContainsKey(key))
            {
                errors.Add(new CatalogError(new CatalogLocation("(code)", 0), $"code reads '{key}', which the catalog does not have"));
            }
        }
    }
}
