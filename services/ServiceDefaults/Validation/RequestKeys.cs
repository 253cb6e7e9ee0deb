using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Validation;

/// <summary>
/// The shape every gRPC class checks of a request that names a record: its key is given, and a change
/// names the version its clerk read, so it never overwrites a change that clerk did not see.
/// INVALID_ARGUMENT naming the field.
/// </summary>
public static class RequestKeys
{
    /// <param name="labelZh">What the key is, as the form names it (岗位编号, 风险提示编号).</param>
    public static void RequireId(string id, string field, string labelZh)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw RpcErrors.Invalid(field, $"请提供{labelZh}（{field}）。");
        }
    }

    public static void RequireVersion(long expectedVersion)
    {
        if (expectedVersion <= 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供读取记录时的版本号（expected_version），以免覆盖他人的修改。");
        }
    }
}
