using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Employment.Jobs.Data;

/// <summary>
/// The parameters of one search's SQL, named as they are added (every value a parameter, never
/// text in the SQL: queries and codes come from the public).
/// </summary>
internal sealed class SqlText
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>Adds a value and returns its placeholder (<c>@name</c>, which Npgsql and SQLite both read).</summary>
    public string Add(string name, object value)
    {
        _values[name] = value;
        return "@" + name;
    }

    public DbCommand Command(DbConnection connection, string text, IDbContextTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction?.GetDbTransaction();
        foreach (var (name, value) in _values)
        {
            if (text.Contains("@" + name, StringComparison.Ordinal))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }
}
