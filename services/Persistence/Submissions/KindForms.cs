using Employment.Common.V1;
using Employment.ServiceDefaults.Forms;
using Google.Protobuf.Reflection;

namespace Employment.Persistence.Submissions;

/// <summary>Every kind a service takes as a form: each kind's questions (as its registration names them) of the service's submit request.</summary>
public static class KindForms
{
    /// <param name="request">The submit request's descriptor; its <c>kind</c> field names each form's kind.</param>
    /// <param name="asked">The request's fields the kind's form asks, in order.</param>
    /// <param name="materials">The 申报材料 a kind's form asks for (the catalog's list for its measure where the applicant applies).</param>
    /// <param name="counterOnly">The request's fields asked only at a counter (the day received, the receipt number).</param>
    public static FormDescriptions Describe<TKind>(IEnumerable<TakenKind<TKind>> kinds, MessageDescriptor request, FormDescriber describer, Func<TakenKind<TKind>, IEnumerable<string>> asked,
        Func<TakenKind<TKind>, IEnumerable<MaterialAsked>>? materials = null, IReadOnlyCollection<string>? counterOnly = null)
        where TKind : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(describer);
        ArgumentNullException.ThrowIfNull(asked);
        var kindField = request.FindFieldByName("kind") ?? throw new InvalidOperationException($"{request.Name} has no kind field.");
        var answer = new FormDescriptions();
        foreach (var kind in kinds)
        {
            var name = kindField.EnumType.FindValueByNumber(Convert.ToInt32(kind.Kind, System.Globalization.CultureInfo.InvariantCulture)).Name;
            var form = describer.Describe(request, name, kind.NameZh, asked(kind));
            foreach (var skipped in form.Fields.Where(f => kind.NotAsked.Any(n => f.Path == n || f.Path.StartsWith(n + ".", StringComparison.Ordinal))).ToList())
            {
                form.Fields.Remove(skipped);
            }

            form.Online = kind.Online;
            form.Applicant = kind.Applicant;
            form.ApplicantPaths.AddRange(kind.ApplicantPaths);
            form.ApplicantNumberPaths.AddRange(kind.ApplicantNumberPaths);
            form.Materials.AddRange(materials?.Invoke(kind) ?? []);
            foreach (var field in form.Fields.Where(f => counterOnly?.Contains(f.Path) == true))
            {
                field.CounterOnly = true;
            }

            answer.Forms.Add(form);
        }

        return answer;
    }
}
