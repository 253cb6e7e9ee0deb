using Employment.Common.V1;
using Employment.ServiceDefaults.Protocol;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Forms;

/// <summary>
/// How a question reads: its label, a hint, whether the service refuses the request without it, whether the registry
/// may hold the fact, whether a date is asked as a month (its first day), and which of a choice's values are offered
/// (all of them when null).
/// </summary>
public sealed record FieldWording(string LabelZh, string HintZh = "", bool Required = false, bool RegistryMayHold = false, bool Month = false, IReadOnlyList<string>? Offered = null)
{
    /// <summary>Not a question: the platform fills it (a registry id the owed list puts in the claims it prepares).</summary>
    public static FieldWording NotAsked { get; } = new("");
}

/// <summary>
/// Describes a request's questions as a form (<see cref="FormDescription"/>) from the contract's own
/// descriptor: the paths, the types, the choices and the limits the service checks
/// (<see cref="RequestLimits"/>), so none of these is written twice; only the Chinese wording is the
/// service's (one table keyed by path, and by <c>EnumName.VALUE</c> for a choice). A question the table
/// has no wording for is a programming error, found by the service's tests, never shown unlabelled.
/// </summary>
public sealed class FormDescriber(IReadOnlyDictionary<string, FieldWording> wording, IReadOnlyDictionary<string, string> choicesZh)
{
    /// <summary>The form of <paramref name="fields"/> of <paramref name="request"/>, in the order given.</summary>
    public FormDescription Describe(MessageDescriptor request, string kind, string nameZh, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fields);
        var form = new FormDescription { Kind = kind, NameZh = nameZh };
        foreach (var name in fields)
        {
            var field = request.FindFieldByName(name) ?? throw new InvalidOperationException($"{request.Name} has no field {name}.");
            Add(form, field, "");
        }

        return form;
    }

    private void Add(FormDescription form, FieldDescriptor field, string prefix)
    {
        var path = prefix + field.Name + (field.IsRepeated ? "[]" : "");
        var words = wording.TryGetValue(path, out var w) ? w : throw new InvalidOperationException($"No wording for the question {path}.");
        if (words.LabelZh.Length == 0)
        {
            return;
        }

        var options = field.GetOptions();
        var entry = new FormField
        {
            Path = path,
            LabelZh = words.LabelZh,
            HintZh = words.HintZh,
            Required = words.Required,
            RegistryMayHold = words.RegistryMayHold,
            Repeated = field.IsRepeated,
            Type = words.Month ? FormFieldType.Month : TypeOf(field),
        };
        if (field.IsRepeated)
        {
            entry.MaxItems = options?.GetExtension(LimitsExtensions.MaxItems) is > 0 and var items ? items : RequestLimits.DefaultMaxItems;
        }

        if (field.FieldType == Google.Protobuf.Reflection.FieldType.String)
        {
            // An identity number or a credit code is as long as its standard says, whatever the request's looser bound.
            entry.MaxLength = entry.Type switch
            {
                FormFieldType.IdNumber => IdentityNumbers.ResidentIdNumber.Length,
                FormFieldType.CreditCode => IdentityNumbers.UnifiedSocialCreditCode.Length,
                _ => options?.GetExtension(LimitsExtensions.MaxLength) is > 0 and var length ? length : RequestLimits.DefaultMaxLength,
            };
        }

        if (field.FieldType == Google.Protobuf.Reflection.FieldType.Enum)
        {
            entry.Choices.AddRange(field.EnumType.Values.Where(v => v.Number != 0 && (words.Offered is null || words.Offered.Contains(v.Name))).Select(v => new FieldChoice
            {
                Value = v.Name,
                NameZh = choicesZh.TryGetValue($"{field.EnumType.Name}.{v.Name}", out var zh) ? zh : throw new InvalidOperationException($"No wording for the choice {field.EnumType.Name}.{v.Name}."),
            }));
        }

        form.Fields.Add(entry);
        if (entry.Type == Common.V1.FormFieldType.Group)
        {
            foreach (var inner in field.MessageType.Fields.InDeclarationOrder())
            {
                Add(form, inner, path + ".");
            }
        }
    }

    private static FormFieldType TypeOf(FieldDescriptor field) => field.FieldType switch
    {
        Google.Protobuf.Reflection.FieldType.Bool => Common.V1.FormFieldType.YesNo,
        Google.Protobuf.Reflection.FieldType.Enum => Common.V1.FormFieldType.Choice,
        Google.Protobuf.Reflection.FieldType.String when field.Name.EndsWith("id_number", StringComparison.Ordinal) => Common.V1.FormFieldType.IdNumber,
        Google.Protobuf.Reflection.FieldType.String when field.Name.EndsWith("credit_code", StringComparison.Ordinal) => Common.V1.FormFieldType.CreditCode,
        Google.Protobuf.Reflection.FieldType.String => Common.V1.FormFieldType.Text,
        Google.Protobuf.Reflection.FieldType.Message => field.MessageType.FullName switch
        {
            "employment.common.v1.CalendarDate" => Common.V1.FormFieldType.Date,
            "employment.common.v1.Money" => Common.V1.FormFieldType.Money,
            "employment.common.v1.RegionCode" => Common.V1.FormFieldType.Region,
            "employment.common.v1.Ratio" => Common.V1.FormFieldType.Ratio,
            _ => Common.V1.FormFieldType.Group,
        },
        _ => Common.V1.FormFieldType.Integer,
    };
}
