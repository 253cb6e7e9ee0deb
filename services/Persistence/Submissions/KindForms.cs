using Employment.Common.V1;
using Employment.ServiceDefaults.Forms;
using Google.Protobuf.Reflection;

namespace Employment.Persistence.Submissions;

/// <summary>Every kind a service takes as a form: each kind's questions (as its registration names them) of the service's submit request.</summary>
public static class KindForms
{
    /// <param name="request">The submit request's descriptor; its <c>kind</c> field names each form's kind.</param>
    /// <param name="asked">The request's fields the kind's form asks, in order.</param>
    public static FormDescriptions Describe<TKind>(IEnumerable<TakenKind<TKind>> kinds, MessageDescriptor request, FormDescriber describer, Func<TakenKind<TKind>, IEnumerable<string>> asked)
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
            form.Online = kind.Online;
            answer.Forms.Add(form);
        }

        return answer;
    }
}
