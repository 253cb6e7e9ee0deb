using System.Collections;
using System.Collections.Concurrent;
using Employment.Common.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// A bank acts only for its own bank code: every request field marked
/// <c>(employment.common.v1.caller_bank_code)</c>, wherever it sits in the request, must hold the bank
/// code bound to a bank caller's token.
/// </summary>
public static class BankBinding
{
    // Per request type: the paths from the request to each marked field, found once.
    private static readonly ConcurrentDictionary<MessageDescriptor, FieldDescriptor[][]> Paths = new();

    /// <summary>Throws PERMISSION_DENIED when a bank caller names another bank, or leaves a marked field of what it sent empty.</summary>
    public static void Check(Caller caller, object? request)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != CallerRole.Bank || request is not IMessage message)
        {
            return;
        }

        foreach (var path in Paths.GetOrAdd(message.Descriptor, descriptor => Find(descriptor, []).ToArray()))
        {
            foreach (var value in Values(message, path, 0))
            {
                caller.RequireOwnBank(value);
            }
        }
    }

    private static IEnumerable<FieldDescriptor[]> Find(MessageDescriptor message, HashSet<MessageDescriptor> visiting)
    {
        if (!visiting.Add(message))
        {
            yield break; // a message that contains itself: its marked fields are already on a path
        }

        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (field.FieldType == FieldType.String && field.GetOptions()?.GetExtension(AccessExtensions.CallerBankCode) == true)
            {
                yield return [field];
            }
            else if (field.FieldType == FieldType.Message && !field.IsMap)
            {
                foreach (var nested in Find(field.MessageType, visiting))
                {
                    yield return [field, .. nested];
                }
            }
        }

        visiting.Remove(message);
    }

    // The marked values in the request: through set messages only, each element of repeated ones.
    private static IEnumerable<string> Values(IMessage message, FieldDescriptor[] path, int depth)
    {
        var field = path[depth];
        var value = field.Accessor.GetValue(message);
        if (depth == path.Length - 1)
        {
            if (field.IsRepeated)
            {
                foreach (var item in (IList)value)
                {
                    yield return (string)item;
                }
            }
            else
            {
                yield return (string)value;
            }

            yield break;
        }

        var children = field.IsRepeated ? ((IList)value).Cast<IMessage>() : value is IMessage child ? [child] : [];
        foreach (var nested in children.SelectMany(c => Values(c, path, depth + 1)))
        {
            yield return nested;
        }
    }
}
