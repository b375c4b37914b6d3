using GraphTraining.Schema.Conventions.Sorting;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateSortInputType : SortInputType
{
    public AssociateSortInputType()
        : base("AssociateSortInput", "Sort keys for associates.")
    {
        Sort("employeeNumber", "employeeNumber", "By employee number.");
        Sort("firstName", "firstName", "By given name.");
        Sort("lastName", "lastName", "By family name.");
        Sort("displayName", "displayName", "By displayed name.");
        Sort("email", "email", "By email address.");
        Sort("hiredAt", "hiredAt", "By hire date.");
        Sort("locationId", "locationId", "By location (its id).");
    }
}
